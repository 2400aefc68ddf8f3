using CallCenter.Core.Records;

namespace CallCenter.Core.Ports;

/// <summary>
/// What happened on each call, for reports and the agent's screen. Writing never waits for the database: a
/// record is kept durably and written, in order and exactly once, when the database can take it.
/// </summary>
public interface ICallJournal
{
    /// <summary>Keeps the latest version of a call's record; completes once it is safe on disk.</summary>
    ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken);

    ValueTask StepAsync(CallStep step, CancellationToken cancellationToken);

    ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps an agent's disposition and notes for a call, durably like a record, and puts them into the call's
    /// record without touching the rest of it. A later version of the record written by the call keeps them.
    /// </summary>
    ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken);

    Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken);

    /// <summary>A customer's previous calls, newest first.</summary>
    Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken);

    /// <summary>An agent's calls connected in [from, to).</summary>
    Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// The calls that reached a queue at or after <paramref name="from"/> (by when they were queued), oldest
    /// first: what a queue's service level is counted from.
    /// </summary>
    Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken);
}
