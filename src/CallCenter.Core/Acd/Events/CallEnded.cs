using CallCenter.Core.Records;

namespace CallCenter.Core.Acd.Events;

/// <summary>A call that reached a queue ended; <paramref name="Agent"/> is set when one talked to the caller.</summary>
public sealed record CallEnded(DateTimeOffset At, string CallId, string Queue, string? Agent, CallOutcome Outcome) : AcdEvent(At);
