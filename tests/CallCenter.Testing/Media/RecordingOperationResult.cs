namespace CallCenter.Testing.Media;

/// <summary>stasis_app_recording_oper_results.</summary>
internal enum RecordingOperationResult
{
    Ok,
    Failed,
    NotRecording,
}
