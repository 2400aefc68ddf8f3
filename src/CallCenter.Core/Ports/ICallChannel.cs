namespace CallCenter.Core.Ports;

/// <summary>
/// What a call's behaviour can do to the caller's line. Results of asynchronous operations (a prompt
/// finishing) come back later as call inputs, in order with everything else that happens to the call.
/// </summary>
public interface ICallChannel
{
    string CallId { get; }

    Task AnswerAsync(CancellationToken cancellationToken);

    /// <summary>Queues media (e.g. "sound:welcome") in the caller's language; returns the playback id.</summary>
    Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken);

    Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken);

    Task HangUpAsync(Calls.HangupCause cause, CancellationToken cancellationToken);

    /// <summary>
    /// Starts recording what the caller says; a <see cref="Calls.RecordingEnded"/> input follows when it ends
    /// (finish key, maximum length, hangup, or <see cref="StopRecordingAsync"/>). Returns the recording's name.
    /// </summary>
    Task<string> RecordAsync(Calls.RecordingRequest request, CancellationToken cancellationToken);

    /// <summary>Ends a recording and keeps what was recorded.</summary>
    Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken);

    /// <summary>Deletes a stored recording (a message the caller chose to record again).</summary>
    Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken);

    /// <summary>
    /// A <see cref="Calls.TimerElapsed"/> input named <paramref name="name"/> after <paramref name="delay"/>,
    /// delivered in order with everything else the call receives. Disposing the result cancels it, though one
    /// already on its way may still arrive: use a name unique to the wait.
    /// </summary>
    IDisposable StartTimer(TimeSpan delay, string name);
}
