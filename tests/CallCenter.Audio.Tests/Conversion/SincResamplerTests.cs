using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Tests.Conversion;

public class SincResamplerTests
{
    [TestCase(22050, 8000)]
    [TestCase(48000, 8000)]
    [TestCase(6000, 8000)]
    [TestCase(8000, 44100)]
    [TestCase(44056, 8000)]
    public void Resample_ConstantSignal_KeepsItsValue(int from, int to)
    {
        var resampler = new SincResampler(from, to);
        var input = Enumerable.Repeat(0.5f, from).ToArray();

        var output = resampler.Resample(input);

        Assert.That(SignalMeasure.Middle(output).ToArray(), Is.All.EqualTo(0.5f).Within(1e-4));
    }

    [Test]
    public void Resample_Upsampling_KeepsAToneBelowTheOldNyquist()
    {
        var resampler = new SincResampler(8000, 22050);
        var input = TestSignals.Sine(1000, 8000, 8000).Select(s => (float)s).ToArray();

        var output = resampler.Resample(input);

        var level = SignalMeasure.AmplitudeAt(SignalMeasure.Middle(output), 1000, 22050);
        Assert.That(SignalMeasure.Db(level / 0.5), Is.EqualTo(0).Within(0.05));
    }

    [Test]
    public void Resample_EmptyInput_GivesEmptyOutput()
    {
        Assert.That(new SincResampler(44100, 8000).Resample([]), Is.Empty);
    }

    [TestCase(44100, 8000, 44100, 8000)]
    [TestCase(22050, 8000, 1, 0)]
    [TestCase(22050, 8000, 2, 1)]
    [TestCase(8000, 48000, 5, 30)]
    public void OutputLength_IsTheSameDurationRounded(int from, int to, int input, int expected)
    {
        Assert.That(new SincResampler(from, to).OutputLength(input), Is.EqualTo(expected));
    }

    [TestCase(0, 8000)]
    [TestCase(8000, -1)]
    public void Constructor_RateNotPositive_Throws(int from, int to)
    {
        Assert.That(() => new SincResampler(from, to), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
