namespace CallCenter.Core.Acd.Distribution;

/// <summary>A call the distributor holds: <paramref name="State"/> is "waiting", "ringing" or "talking".</summary>
/// <param name="Callback">The caller hung up to be called back: the customer is called when an agent is reserved.</param>
public sealed record QueuedCallView(string CallId, string Queue, string State, string? Agent, DateTimeOffset EnqueuedAt, bool Callback = false);
