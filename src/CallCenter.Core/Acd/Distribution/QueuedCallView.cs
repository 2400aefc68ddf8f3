namespace CallCenter.Core.Acd.Distribution;

/// <summary>A call the distributor holds: <paramref name="State"/> is "waiting", "ringing" or "talking".</summary>
public sealed record QueuedCallView(string CallId, string Queue, string State, string? Agent, DateTimeOffset EnqueuedAt);
