namespace CallCenter.Testing.Media;

/// <summary>How one media URI will play: its kind, media length, and whether it can be stopped or paused.</summary>
internal readonly record struct MediaItem(MediaKind Kind, TimeSpan Duration, bool Controllable)
{
    public static MediaItem Resolve(string uri, string language, SoundLibrary sounds, RecordingStore recordings)
    {
        var colon = uri.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? "" : uri[..(colon + 1)];
        var value = colon < 0 ? uri : uri[(colon + 1)..];
        switch (scheme)
        {
            case "sound:":
                return sounds.FindSound(value, language) is { } length
                    ? new MediaItem(MediaKind.Timed, length, true)
                    : new MediaItem(MediaKind.Failed, TimeSpan.Zero, true);
            case "recording:":
                if (recordings.Find(value) is not { } stored)
                {
                    return new MediaItem(MediaKind.Skipped, TimeSpan.Zero, false);
                }
                return Length(stored) is { } recorded
                    ? new MediaItem(MediaKind.Timed, recorded, true)
                    : new MediaItem(MediaKind.Failed, TimeSpan.Zero, true);
            case "number:":
                return long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? Spoken(SpokenWords.Number(number), language, sounds)
                    : new MediaItem(MediaKind.Skipped, TimeSpan.Zero, false);
            case "digits:":
                return Spoken(SpokenWords.Digits(value), language, sounds);
            case "characters:":
                return Spoken(SpokenWords.Characters(value), language, sounds);
            case "tone:":
                return new MediaItem(MediaKind.Endless, TimeSpan.Zero, true);
            default:
                return new MediaItem(MediaKind.Skipped, TimeSpan.Zero, false);
        }
    }

    private static MediaItem Spoken(IEnumerable<string> words, string language, SoundLibrary sounds)
    {
        var total = TimeSpan.Zero;
        foreach (var word in words)
        {
            total += sounds.Word(word, language);
        }
        return new MediaItem(MediaKind.Timed, total, false);
    }

    private static TimeSpan? Length(StoredRecording stored)
    {
        try
        {
            return stored.Format switch
            {
                "wav" or "wav16" => CallCenter.Audio.WavReader.ReadInfo(stored.Path).Duration,
                "sln" or "raw" => TimeSpan.FromSeconds(new FileInfo(stored.Path).Length / 16000.0),
                "sln16" => TimeSpan.FromSeconds(new FileInfo(stored.Path).Length / 32000.0),
                _ => TimeSpan.FromSeconds(new FileInfo(stored.Path).Length / 16000.0),
            };
        }
        catch (CallCenter.Audio.InvalidWavException)
        {
            return null;
        }
    }
}
