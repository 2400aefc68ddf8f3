namespace CallCenter.Core.Calls;

/// <summary>Something that happened to a call, delivered in order to that call's behaviour.</summary>
public abstract record CallInput;

/// <summary>
/// A new call entered the application, or one already in it was taken back after a restart of ours
/// (<paramref name="TakenBack"/>); <paramref name="Answered"/> says whether the line is already answered.
/// </summary>
public sealed record CallArrived(CallerInfo Caller, bool TakenBack = false, bool Answered = false) : CallInput;

public sealed record DigitPressed(char Digit) : CallInput;

/// <summary>A prompt began to play; <paramref name="MediaUri"/> is what Asterisk says it is playing.</summary>
public sealed record PromptStarted(string PlaybackId, string MediaUri) : CallInput;

/// <summary>A prompt ended: played out, stopped, or failed (missing file, caller gone).</summary>
public sealed record PromptFinished(string PlaybackId, PromptOutcome Outcome) : CallInput;

/// <summary>The caller's leg is gone: hung up, or hung up by us.</summary>
public sealed record CallEnded(CallEndReason Reason, string? Detail = null) : CallInput;

/// <summary>The server is shutting down: say goodbye and end the call.</summary>
public sealed record ShutdownRequested : CallInput;

/// <summary>A timer started with ICallChannel.StartTimer went off.</summary>
public sealed record TimerElapsed(string Name) : CallInput;

/// <summary>A recording ended; <paramref name="Duration"/> is what was kept.</summary>
public sealed record RecordingEnded(string Name, RecordingOutcome Outcome, TimeSpan Duration) : CallInput;

/// <summary>A call we placed was answered by the one we called (a callback's customer).</summary>
public sealed record CalleeAnswered : CallInput;
