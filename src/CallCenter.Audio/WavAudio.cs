namespace CallCenter.Audio;

/// <summary>Interleaved sample bytes in a known format.</summary>
public sealed record WavAudio(WavFormat Format, ReadOnlyMemory<byte> Data)
{
    public TimeSpan Duration => Format.DurationOf(Data.Length);

    public static WavAudio FromSamples(ReadOnlySpan<short> samples, int sampleRate)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        }
        return new WavAudio(new WavFormat(sampleRate, 1, 16), bytes);
    }
}
