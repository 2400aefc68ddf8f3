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

    Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken);

    /// <summary>A customer's previous calls, newest first.</summary>
    Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken);

    /// <summary>An agent's calls connected in [from, to).</summary>
    Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
