using System.Buffers.Binary;

namespace CallCenter.Audio.Tests;

/// <summary>
/// Builds test audio with an encoder of its own, written from the WAV spec rather than shared with the code under
/// test, so a decoding mistake cannot cancel out against the same mistake in encoding.
/// </summary>
internal static class TestSignals
{
    public static double[] Sine(double frequencyHz, int sampleCount, int sampleRate, double amplitude = 0.5)
    {
        var samples = new double[sampleCount];
        for (var i = 0; i < sampleCount; i++)
        {
            samples[i] = amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / sampleRate);
        }
        return samples;
    }

    public static double[] Constant(double value, int sampleCount) => Enumerable.Repeat(value, sampleCount).ToArray();

    public static WavAudio Encode(WavFormat format, params double[][] channels)
    {
        if (channels.Length != format.Channels)
        {
            throw new ArgumentException($"{channels.Length} channels given for {format}.");
        }
        var frames = channels[0].Length;
        var size = format.BitsPerSample / 8;
        var bytes = new byte[frames * format.BlockAlign];
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < channels.Length; c++)
            {
                EncodeSample(bytes.AsSpan(i * format.BlockAlign + c * size, size), channels[c][i], format);
            }
        }
        return new WavAudio(format, bytes);
    }

    public static WavAudio Mono(WavFormat format, double[] samples) => Encode(format, samples);

    private static void EncodeSample(Span<byte> target, double value, WavFormat format)
    {
        switch (format.Encoding, format.BitsPerSample)
        {
            case (WavEncoding.IeeeFloat, 32):
                BinaryPrimitives.WriteSingleLittleEndian(target, (float)value);
                break;
            case (WavEncoding.IeeeFloat, 64):
                BinaryPrimitives.WriteDoubleLittleEndian(target, value);
                break;
            case (WavEncoding.Pcm, 8):
                target[0] = (byte)(Integer(value, 8) + 128);
                break;
            case (WavEncoding.Pcm, 16):
                BinaryPrimitives.WriteInt16LittleEndian(target, (short)Integer(value, 16));
                break;
            case (WavEncoding.Pcm, 24):
                var v = (int)Integer(value, 24);
                target[0] = (byte)v;
                target[1] = (byte)(v >> 8);
                target[2] = (byte)(v >> 16);
                break;
            case (WavEncoding.Pcm, 32):
                BinaryPrimitives.WriteInt32LittleEndian(target, (int)Integer(value, 32));
                break;
            default:
                throw new ArgumentException($"Cannot encode {format}.");
        }
    }

    private static long Integer(double value, int bits)
    {
        var scale = Math.Pow(2, bits - 1);
        return (long)Math.Clamp(Math.Round(value * scale), -scale, scale - 1);
    }
}
