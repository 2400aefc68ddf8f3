namespace CallCenter.Testing.Media;

/// <summary>What res_stasis_playback does with one media item.</summary>
internal enum MediaKind
{
    /// <summary>Plays for a known length.</summary>
    Timed,

    /// <summary>Plays until stopped (tone:).</summary>
    Endless,

    /// <summary>Cannot be played: the item ends as failed (a missing sound file).</summary>
    Failed,

    /// <summary>Skipped without a final update (a missing recording, an unknown scheme): no PlaybackFinished for it.</summary>
    Skipped,
}
