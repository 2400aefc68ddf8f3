namespace CallCenter.Audio;

/// <summary>What a WAV file's header says, read without loading its samples.</summary>
public sealed record WavInfo(WavFormat Format, long DataOffset, long DataLength)
{
    public TimeSpan Duration => Format.DurationOf(DataLength);

    /// <summary>
    /// The 'data' chunk claims more bytes than the file holds; <see cref="DataLength"/> is what is really there.
    /// A streaming writer's placeholder size (0, or about 2 GiB) is not counted as truncation.
    /// </summary>
    public bool IsTruncated { get; init; }
}
