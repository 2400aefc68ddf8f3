namespace CallCenter.Testing.Media;

/// <summary>stasis_playback_oper_results: what a stop or control request came to.</summary>
internal enum PlaybackOperationResult
{
    Ok,
    Failed,
    NotPlaying,
}
