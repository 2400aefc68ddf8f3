using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Tests.Conversion;

public class SampleEncoderTests
{
    [TestCase(1.4, 1)]
    [TestCase(1.6, 2)]
    [TestCase(-1.6, -2)]
    [TestCase(-0.4, 0)]
    [TestCase(1000.5, 1000)]
    [TestCase(1001.5, 1002)]
    public void Quantize_RoundsToTheNearestStep(double steps, short expected)
    {
        Assert.That(SampleEncoder.Quantize((float)(steps / 32768)), Is.EqualTo(expected));
    }

    [TestCase(1f, short.MaxValue)]
    [TestCase(7.5f, short.MaxValue)]
    [TestCase(-1f, short.MinValue)]
    [TestCase(-1.0001f, short.MinValue)]
    [TestCase(-300f, short.MinValue)]
    public void Quantize_BeyondFullScale_Saturates(float sample, short expected)
    {
        Assert.That(SampleEncoder.Quantize(sample), Is.EqualTo(expected));
    }

    [Test]
    public void Quantize_NaN_IsSilence()
    {
        Assert.That(SampleEncoder.Quantize(float.NaN), Is.Zero);
    }

    [Test]
    public void ToPcm16_SeveralChannels_InterleavesThem()
    {
        var audio = SampleEncoder.ToPcm16([[0.5f, 0.25f], [-0.5f, -0.25f]], 16000);

        Assert.Multiple(() =>
        {
            Assert.That(audio.Format, Is.EqualTo(new WavFormat(16000, 2, 16)));
            Assert.That(SampleDecoder.DecodeChannels(audio), Is.EqualTo(new[] { new[] { 0.5f, 0.25f }, [-0.5f, -0.25f] }));
        });
    }

    [Test]
    public void ToPcm16_ChannelsOfDifferentLengths_Throws()
    {
        Assert.That(() => SampleEncoder.ToPcm16([new float[3], new float[2]], 8000), Throws.ArgumentException);
    }
}
