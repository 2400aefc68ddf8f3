using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Tests;

public class ToneGeneratorTests
{
    [Test]
    public void Sine_Beep_HasTheRequestedFrequency()
    {
        var beep = ToneGenerator.Sine(1000, TimeSpan.FromMilliseconds(250));

        var samples = SampleDecoder.DecodeMono(beep);

        Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(samples), 8000), Is.EqualTo(1000).Within(0.5));
    }

    [Test]
    public void Sine_Beep_HasTheRequestedDurationInTheTelephonyFormat()
    {
        var beep = ToneGenerator.Sine(1000, TimeSpan.FromMilliseconds(250));

        Assert.Multiple(() =>
        {
            Assert.That(beep.Format, Is.EqualTo(WavFormat.Telephony));
            Assert.That(beep.Data.Length, Is.EqualTo(2000 * 2));
            Assert.That(beep.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        });
    }

    [Test]
    public void Sine_RampsInAndOut_SoItStartsAndEndsAtZero()
    {
        var samples = SampleDecoder.DecodeMono(ToneGenerator.Sine(440, TimeSpan.FromMilliseconds(100), amplitude: 0.8));

        Assert.Multiple(() =>
        {
            Assert.That(samples[0], Is.Zero);
            Assert.That(samples[^1], Is.Zero);
            Assert.That(SignalMeasure.Peak(samples), Is.EqualTo(0.8).Within(0.01));
        });
    }

    [TestCase(4000)]
    [TestCase(6000)]
    [TestCase(-1)]
    public void Sine_FrequencyTheRateCannotCarry_IsRefused(double frequency)
    {
        Assert.That(() => ToneGenerator.Sine(frequency, TimeSpan.FromSeconds(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(-0.1)]
    [TestCase(1.1)]
    public void Sine_AmplitudeOutsideZeroToOne_IsRefused(double amplitude)
    {
        Assert.That(() => ToneGenerator.Sine(1000, TimeSpan.FromSeconds(1), amplitude), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Sine_NegativeDuration_IsRefused()
    {
        Assert.That(() => ToneGenerator.Sine(1000, TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Silence_IsAllZeroForTheWholeDuration()
    {
        var silence = ToneGenerator.Silence(TimeSpan.FromMilliseconds(500));

        Assert.Multiple(() =>
        {
            Assert.That(silence.Data.Length, Is.EqualTo(4000 * 2));
            Assert.That(silence.Data.ToArray(), Is.All.EqualTo(0));
        });
    }

    [Test]
    public void Silence_NegativeDuration_IsRefused()
    {
        Assert.That(() => ToneGenerator.Silence(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
