using CallCenter.Core.Customers;
using CallCenter.Core.Records;

namespace CallCenter.Core.Acd.Events;

/// <summary>
/// A waiting call was offered to <paramref name="Agent"/> (their phone rings): what their screen pops, with the
/// IVR nodes the caller went through (<paramref name="IvrPath"/>) and how long they have waited so far.
/// </summary>
public sealed record CallOffered(
    DateTimeOffset At,
    string CallId,
    string Queue,
    string Agent,
    string CallerNumber,
    long? CustomerId,
    CustomerTier Tier,
    IReadOnlyList<CallStep> IvrPath,
    TimeSpan Waited) : AcdEvent(At);
