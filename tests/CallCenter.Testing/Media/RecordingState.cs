namespace CallCenter.Testing.Media;

/// <summary>res_stasis_recording's states.</summary>
internal enum RecordingState
{
    Queued,
    Recording,
    Paused,
    Complete,
    Failed,
    Canceled,
}
