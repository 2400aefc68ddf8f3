using CallCenter.Audio.Editing;

namespace CallCenter.Audio.Tests.Editing;

public class SilenceTrimmerTests
{
    private static readonly WavFormat Telephony = WavFormat.Telephony;

    [Test]
    public void Trim_LongSilenceAroundSound_KeepsTheMarginOnEachSide()
    {
        var audio = TestSignals.Mono(Telephony, [.. Silence(8000), .. TestSignals.Sine(440, 4000, 8000), .. Silence(16000)]);

        var trimmed = SilenceTrimmer.Trim(audio, TimeSpan.FromMilliseconds(50));

        // 50 ms is 400 samples; the sine's first sample is 0, so its sound starts one sample in.
        Assert.That(trimmed.Duration.TotalMilliseconds, Is.EqualTo(500 + 100).Within(1));
    }

    [Test]
    public void Trim_KeepsTheSoundSampleForSample()
    {
        var sound = TestSignals.Sine(440, 800, 8000);
        var audio = TestSignals.Mono(Telephony, [.. Silence(2000), .. sound, .. Silence(2000)]);

        var trimmed = SilenceTrimmer.Trim(audio, TimeSpan.Zero);

        Assert.That(trimmed.Data.ToArray(), Is.EqualTo(TestSignals.Mono(Telephony, sound[1..]).Data.ToArray()));
    }

    [Test]
    public void Trim_LessSilenceThanTheMargin_KeepsWhatThereIs()
    {
        var audio = TestSignals.Mono(Telephony, [.. Silence(80), .. TestSignals.Constant(0.5, 800), .. Silence(80)]);

        var trimmed = SilenceTrimmer.Trim(audio, TimeSpan.FromMilliseconds(50));

        Assert.That(trimmed.Data.Length, Is.EqualTo(audio.Data.Length));
    }

    [Test]
    public void Trim_NoiseBelowTheThreshold_CountsAsSilence()
    {
        var hiss = TestSignals.Constant(0.001, 4000);
        var audio = TestSignals.Mono(Telephony, [.. hiss, .. TestSignals.Constant(0.5, 800), .. hiss]);

        var trimmed = SilenceTrimmer.Trim(audio, TimeSpan.Zero);

        Assert.That(trimmed.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
    }

    [Test]
    public void Trim_SoundInOneChannelOnly_IsKept()
    {
        var format = new WavFormat(8000, 2, 16);
        var left = TestSignals.Constant(0, 3000);
        var right = TestSignals.Constant(0, 3000);
        Array.Fill(right, 0.5, 1000, 800);
        var audio = TestSignals.Encode(format, left, right);

        var trimmed = SilenceTrimmer.Trim(audio, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(trimmed.Format, Is.EqualTo(format));
            Assert.That(trimmed.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
        });
    }

    [Test]
    public void Trim_AllSilent_ReturnsTheAudioUnchanged()
    {
        var audio = TestSignals.Mono(Telephony, Silence(4000));

        Assert.That(SilenceTrimmer.Trim(audio, TimeSpan.FromMilliseconds(50)), Is.SameAs(audio));
    }

    [Test]
    public void Trim_NegativeMargin_IsRefused() =>
        Assert.That(() => SilenceTrimmer.Trim(TestSignals.Mono(Telephony, Silence(10)), TimeSpan.FromMilliseconds(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());

    private static double[] Silence(int samples) => TestSignals.Constant(0, samples);
}
