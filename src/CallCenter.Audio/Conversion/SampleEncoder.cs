using System.Buffers.Binary;

namespace CallCenter.Audio.Conversion;

/// <summary>
/// Floats (full scale 1.0) to signed 16-bit PCM: rounded to nearest, and saturated at the ends of the range so an
/// over-range sample clips instead of wrapping round to the opposite sign.
/// </summary>
/// <remarks>
/// No dither: Asterisk sends these prompts as G.711 (about 13 bits of dynamic range), so 16-bit rounding error
/// is far below what the caller can hear, while dither would turn digital silence into hiss.
/// </remarks>
public static class SampleEncoder
{
    public static WavAudio ToPcm16(ReadOnlySpan<float> mono, int sampleRate) => ToPcm16([mono.ToArray()], sampleRate);

    public static WavAudio ToPcm16(IReadOnlyList<float[]> channels, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfZero(channels.Count);
        var frames = channels[0].Length;
        if (channels.Any(c => c.Length != frames))
        {
            throw new ArgumentException("Every channel must hold the same number of samples.", nameof(channels));
        }
        var bytes = new byte[frames * channels.Count * 2];
        var offset = 0;
        for (var i = 0; i < frames; i++)
        {
            foreach (var channel in channels)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(offset), Quantize(channel[i]));
                offset += 2;
            }
        }
        return new WavAudio(new WavFormat(sampleRate, channels.Count, 16), bytes);
    }

    public static short Quantize(float sample)
    {
        var scaled = Math.Round(sample * 32768.0, MidpointRounding.ToEven);
        return scaled switch
        {
            >= short.MaxValue => short.MaxValue,
            <= short.MinValue => short.MinValue,
            double.NaN => 0,
            _ => (short)scaled,
        };
    }
}
