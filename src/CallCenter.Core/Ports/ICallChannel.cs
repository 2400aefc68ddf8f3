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

    /// <summary>
    /// Puts the caller on hold for a queue: a holding bridge of their own with music on hold of
    /// <paramref name="mohClass"/> (null for the switch's default). Nothing follows as input. Prompts still play
    /// while the caller holds (position, estimated wait): a playback to a channel in a bridge is played to that
    /// caller alone, the music pausing for it, as Asterisk does. Holding again is harmless.
    /// </summary>
    Task HoldAsync(string? mohClass, CancellationToken cancellationToken);

    /// <summary>
    /// Rings an agent for this caller, showing the caller's number; returns the leg's id. What follows comes as
    /// inputs: <see cref="Calls.AgentRinging"/>, then <see cref="Calls.AgentAnswered"/> or
    /// <see cref="Calls.AgentLegFailed"/> (busy, no answer at <see cref="Calls.AgentLegRequest.RingTimeout"/>,
    /// unreachable — an unknown or unregistered phone is reported this way too, never thrown). After an answer,
    /// <see cref="ConnectAgentAsync"/> bridges the two; an answered agent who leaves gives
    /// <see cref="Calls.AgentHungUp"/>. When the caller's call ends, its agent legs are hung up with it.
    /// </summary>
    Task<string> RingAgentAsync(Calls.AgentLegRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Hangs up an agent leg, ringing or answered (the caller gave up, or the call stopped waiting for this
    /// agent). No further input comes for that leg.
    /// </summary>
    Task CancelAgentAsync(string legId, CancellationToken cancellationToken);

    /// <summary>
    /// Connects the caller to an agent who answered: music stops, the caller leaves the holding bridge and joins
    /// the agent in a talk bridge that passes keys on. <see cref="Calls.AgentConnected"/> follows once both are in.
    /// </summary>
    Task ConnectAgentAsync(string legId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the caller out of the holding or talk bridge the call made and takes those bridges down (music stops).
    /// Needed before recording (Asterisk refuses to record a bridged channel) and before the flow goes on after an
    /// agent. A call in no bridge is left as it is.
    /// </summary>
    Task LeaveBridgesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Hands <paramref name="input"/> to this call's own mailbox, after what is already there: how a service working
    /// on its own thread (the call distributor) tells the call something. Returns false once the call is over.
    /// </summary>
    bool Post(Calls.CallInput input);
}
