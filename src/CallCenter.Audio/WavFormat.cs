namespace CallCenter.Audio;

public readonly record struct WavFormat(int SampleRate, int Channels, int BitsPerSample, WavEncoding Encoding = WavEncoding.Pcm)
{
    /// <summary>What Asterisk plays without transcoding: 8 kHz, mono, signed 16-bit PCM.</summary>
    public static WavFormat Telephony { get; } = new(8000, 1, 16);

    public int BlockAlign => Channels * (BitsPerSample / 8);

    public int ByteRate => SampleRate * BlockAlign;

    public TimeSpan DurationOf(long dataBytes) =>
        BlockAlign == 0 || SampleRate == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)(dataBytes / BlockAlign) / SampleRate);

    public override string ToString() =>
        $"{SampleRate} Hz, {(Channels == 1 ? "mono" : $"{Channels} channels")}, {BitsPerSample}-bit {(Encoding == WavEncoding.Pcm ? "PCM" : "float")}";
}
