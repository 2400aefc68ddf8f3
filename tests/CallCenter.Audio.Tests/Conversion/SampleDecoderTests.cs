using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Tests.Conversion;

public class SampleDecoderTests
{
    [TestCase(new byte[] { 0 }, -1.0)]
    [TestCase(new byte[] { 128 }, 0.0)]
    [TestCase(new byte[] { 255 }, 127 / 128.0)]
    public void DecodeMono_EightBit_IsUnsignedAroundTheMiddle(byte[] bytes, double expected)
    {
        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 8), bytes));

        Assert.That(decoded[0], Is.EqualTo(expected));
    }

    [TestCase(new byte[] { 0x00, 0x80 }, -1.0)]
    [TestCase(new byte[] { 0xFF, 0x7F }, 32767 / 32768.0)]
    [TestCase(new byte[] { 0x01, 0x00 }, 1 / 32768.0)]
    [TestCase(new byte[] { 0xFF, 0xFF }, -1 / 32768.0)]
    public void DecodeMono_SixteenBit_IsSignedLittleEndian(byte[] bytes, double expected)
    {
        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 16), bytes));

        Assert.That(decoded[0], Is.EqualTo(expected));
    }

    [TestCase(new byte[] { 0x00, 0x00, 0x80 }, -1.0)]
    [TestCase(new byte[] { 0xFF, 0xFF, 0x7F }, 8388607 / 8388608.0)]
    [TestCase(new byte[] { 0x01, 0x00, 0x00 }, 1 / 8388608.0)]
    [TestCase(new byte[] { 0xFF, 0xFF, 0xFF }, -1 / 8388608.0)]
    [TestCase(new byte[] { 0x00, 0x00, 0x40 }, 0.5)]
    public void DecodeMono_TwentyFourBit_IsSignExtended(byte[] bytes, double expected)
    {
        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 24), bytes));

        Assert.That(decoded[0], Is.EqualTo(expected).Within(1e-9));
    }

    [TestCase(new byte[] { 0x00, 0x00, 0x00, 0x80 }, -1.0)]
    [TestCase(new byte[] { 0x00, 0x00, 0x00, 0x40 }, 0.5)]
    [TestCase(new byte[] { 0x00, 0x00, 0x00, 0xC0 }, -0.5)]
    public void DecodeMono_ThirtyTwoBit_IsSignedLittleEndian(byte[] bytes, double expected)
    {
        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 32), bytes));

        Assert.That(decoded[0], Is.EqualTo(expected));
    }

    [TestCase(0.25f)]
    [TestCase(-1.75f)]
    public void DecodeMono_Float_KeepsTheValueEvenBeyondFullScale(float value)
    {
        var bytes = BitConverter.GetBytes(value);

        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 32, WavEncoding.IeeeFloat), bytes));

        Assert.That(decoded[0], Is.EqualTo(value));
    }

    [Test]
    public void DecodeMono_DoubleFloat_IsRead()
    {
        var bytes = BitConverter.GetBytes(-0.125);

        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 64, WavEncoding.IeeeFloat), bytes));

        Assert.That(decoded[0], Is.EqualTo(-0.125f));
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void DecodeMono_NonFiniteFloat_BecomesSilence(float value)
    {
        var bytes = BitConverter.GetBytes(value);

        var decoded = SampleDecoder.DecodeMono(new WavAudio(new WavFormat(8000, 1, 32, WavEncoding.IeeeFloat), bytes));

        Assert.That(decoded[0], Is.Zero);
    }

    [Test]
    public void DecodeChannels_Interleaved_SeparatesEachChannel()
    {
        var audio = TestSignals.Encode(new WavFormat(8000, 3, 16), [0.5, 0.25], [-0.5, -0.25], [0.125, 0]);

        var channels = SampleDecoder.DecodeChannels(audio);

        Assert.That(channels, Is.EqualTo(new[] { new[] { 0.5f, 0.25f }, [-0.5f, -0.25f], [0.125f, 0f] }));
    }

    [Test]
    public void DecodeMono_SeveralChannels_AveragesThem()
    {
        var audio = TestSignals.Encode(new WavFormat(8000, 3, 24), [0.5], [-0.25], [0.5]);

        var mono = SampleDecoder.DecodeMono(audio);

        Assert.That(mono[0], Is.EqualTo(0.25f).Within(1e-6));
    }

    [Test]
    public void DecodeMono_UnsupportedSampleSize_Throws()
    {
        var audio = new WavAudio(new WavFormat(8000, 1, 16, WavEncoding.IeeeFloat), new byte[4]);

        Assert.That(() => SampleDecoder.DecodeMono(audio), Throws.ArgumentException);
    }

    [TestCase(16, WavEncoding.Pcm, 32767 / 32768f)]
    [TestCase(8, WavEncoding.Pcm, 127 / 128f)]
    [TestCase(32, WavEncoding.IeeeFloat, 1f)]
    public void FullScale_IsTheLargestPositiveSample(int bits, WavEncoding encoding, float expected)
    {
        Assert.That(SampleDecoder.FullScale(new WavFormat(8000, 1, bits, encoding)), Is.EqualTo(expected));
    }
}
