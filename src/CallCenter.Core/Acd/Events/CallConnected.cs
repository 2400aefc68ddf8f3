namespace CallCenter.Core.Acd.Events;

/// <summary><paramref name="Agent"/> answered and is bridged with the caller, who waited <paramref name="Waited"/>.</summary>
public sealed record CallConnected(DateTimeOffset At, string CallId, string Queue, string Agent, TimeSpan Waited) : AcdEvent(At);
