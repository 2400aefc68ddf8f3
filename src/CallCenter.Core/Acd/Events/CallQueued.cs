using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd.Events;

/// <summary>A caller started waiting in <paramref name="Queue"/>.</summary>
public sealed record CallQueued(
    DateTimeOffset At,
    string CallId,
    string Queue,
    string CallerNumber,
    long? CustomerId,
    CustomerTier Tier) : AcdEvent(At);
