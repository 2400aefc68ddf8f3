namespace CallCenter.Audio.Editing;

/// <summary>Plays pieces of audio one after another in one file, such as a prompt whose sentences two voices say.</summary>
public static class AudioJoiner
{
    /// <param name="parts">At least one, all in the same format.</param>
    /// <param name="pause">Silence between two parts.</param>
    /// <exception cref="ArgumentException">No parts, or parts in different formats.</exception>
    public static WavAudio Join(IReadOnlyList<WavAudio> parts, TimeSpan pause)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfLessThan(pause, TimeSpan.Zero);
        if (parts.Count == 0)
        {
            throw new ArgumentException("There is nothing to join.", nameof(parts));
        }
        var format = parts[0].Format;
        if (parts.FirstOrDefault(p => p.Format != format) is { } other)
        {
            throw new ArgumentException($"Parts in different formats cannot be joined: {format} and {other.Format}.", nameof(parts));
        }
        var pauseBytes = (int)Math.Round(pause.TotalSeconds * format.SampleRate) * format.BlockAlign;
        // Unsigned 8-bit PCM is silent at its midpoint, every other encoding at zero.
        var silence = format is { Encoding: WavEncoding.Pcm, BitsPerSample: 8 } ? (byte)0x80 : (byte)0;
        var joined = new byte[parts.Sum(p => p.Data.Length) + pauseBytes * (parts.Count - 1)];
        var position = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                joined.AsSpan(position, pauseBytes).Fill(silence);
                position += pauseBytes;
            }
            parts[i].Data.Span.CopyTo(joined.AsSpan(position));
            position += parts[i].Data.Length;
        }
        return new WavAudio(format, joined);
    }
}
