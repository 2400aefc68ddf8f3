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
}
