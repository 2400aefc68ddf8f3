using CallCenter.Core.Records;

namespace CallCenter.Data.Journal;

/// <summary>The reading half of the call journal; writes go through the outbox.</summary>
public interface ICallRecordReader
{
    Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The calls queued at or after <paramref name="from"/> (a queue and enqueued_at set), oldest first.</summary>
    Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken);
}
