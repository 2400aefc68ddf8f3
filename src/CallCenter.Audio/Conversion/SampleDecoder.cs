using System.Buffers.Binary;

namespace CallCenter.Audio.Conversion;

/// <summary>
/// Turns every sample format <see cref="WavReader"/> accepts into floats where full scale is 1.0.
/// Float files may hold values beyond ±1; they are kept, so a later gain can still bring them back.
/// Non-finite float samples become 0: one NaN would otherwise spread through a whole filter's length.
/// </summary>
public static class SampleDecoder
{
    public static float[][] DecodeChannels(WavAudio audio)
    {
        var format = audio.Format;
        var decode = DecoderFor(format);
        var bytesPerSample = format.BitsPerSample / 8;
        var frames = audio.Data.Length / format.BlockAlign;
        var channels = new float[format.Channels][];
        var data = audio.Data.Span;
        for (var c = 0; c < format.Channels; c++)
        {
            var samples = new float[frames];
            for (var i = 0; i < frames; i++)
            {
                samples[i] = decode(data.Slice(i * format.BlockAlign + c * bytesPerSample, bytesPerSample));
            }
            channels[c] = samples;
        }
        return channels;
    }

    /// <summary>One channel, the average of all of them.</summary>
    public static float[] DecodeMono(WavAudio audio)
    {
        var format = audio.Format;
        var decode = DecoderFor(format);
        var bytesPerSample = format.BitsPerSample / 8;
        var frames = audio.Data.Length / format.BlockAlign;
        var mono = new float[frames];
        var data = audio.Data.Span;
        for (var i = 0; i < frames; i++)
        {
            var frame = data.Slice(i * format.BlockAlign, format.BlockAlign);
            var sum = 0.0;
            for (var c = 0; c < format.Channels; c++)
            {
                sum += decode(frame.Slice(c * bytesPerSample, bytesPerSample));
            }
            mono[i] = (float)(sum / format.Channels);
        }
        return mono;
    }

    /// <summary>The smallest magnitude at which a sample of this format is at the end of its range.</summary>
    public static float FullScale(WavFormat format) => format.Encoding == WavEncoding.IeeeFloat
        ? 1.0f
        : (float)(1.0 - Math.Pow(2, -(format.BitsPerSample - 1)));

    private delegate float Decode(ReadOnlySpan<byte> sample);

    private static Decode DecoderFor(WavFormat format) => (format.Encoding, format.BitsPerSample, format.Channels) switch
    {
        (_, _, < 1) => throw new ArgumentException($"{format} has no channels.", nameof(format)),
        (WavEncoding.Pcm, 8, _) => static b => (b[0] - 128) / 128f,
        (WavEncoding.Pcm, 16, _) => static b => BinaryPrimitives.ReadInt16LittleEndian(b) / 32768f,
        (WavEncoding.Pcm, 24, _) => static b => (((sbyte)b[2] << 16) | (b[1] << 8) | b[0]) / 8388608f,
        (WavEncoding.Pcm, 32, _) => static b => (float)(BinaryPrimitives.ReadInt32LittleEndian(b) / 2147483648.0),
        (WavEncoding.IeeeFloat, 32, _) => static b => Finite(BinaryPrimitives.ReadSingleLittleEndian(b)),
        (WavEncoding.IeeeFloat, 64, _) => static b => Finite((float)BinaryPrimitives.ReadDoubleLittleEndian(b)),
        _ => throw new ArgumentException($"{format} samples cannot be decoded.", nameof(format)),
    };

    private static float Finite(float sample) => float.IsFinite(sample) ? sample : 0f;
}
