namespace CallCenter.Testing.Media;

/// <summary>res_stasis_playback's states; ARI shows Complete, Stopped and Canceled all as "done".</summary>
internal enum PlaybackState
{
    Queued,
    Playing,
    Paused,
    Continuing,
    Complete,
    Failed,
    Stopped,
    Canceled,
}
