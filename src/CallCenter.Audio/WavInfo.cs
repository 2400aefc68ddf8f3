namespace CallCenter.Audio;

/// <summary>What a WAV file's header says, read without loading its samples.</summary>
public sealed record WavInfo(WavFormat Format, long DataOffset, long DataLength)
{
    public TimeSpan Duration => Format.DurationOf(DataLength);
}
