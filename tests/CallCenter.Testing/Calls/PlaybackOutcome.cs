namespace CallCenter.Testing;

/// <summary>How one media item of a playback ended, as the listener heard it.</summary>
public enum PlaybackOutcome
{
    /// <summary>Still playing.</summary>
    Playing,

    /// <summary>Played to its end.</summary>
    Done,

    /// <summary>Stopped early by DELETE /playbacks/{id} (ARI reports this as "done").</summary>
    Stopped,

    /// <summary>Could not be played (missing file) or was cut by a hangup.</summary>
    Failed,
}
