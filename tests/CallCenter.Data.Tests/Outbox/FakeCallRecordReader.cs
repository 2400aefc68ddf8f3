using CallCenter.Core.Records;
using CallCenter.Data.Journal;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>The database's side of the call journal: answers with what a test put there, or fails as told.</summary>
public sealed class FakeCallRecordReader : ICallRecordReader
{
    public Dictionary<string, CallRecord> Records { get; } = [];

    public Exception? Failure { get; set; }

    public int Reads { get; private set; }

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) =>
        Answer(Records.GetValueOrDefault(callId));

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CallStep>>([]);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CallRecord>>(Records.Values.Where(r => r.CustomerId == customerId).Take(limit).ToList());

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CallRecord>>([]);

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CallRecord>>(Records.Values.Where(r => r.Queue is not null && r.EnqueuedAt >= from).OrderBy(r => r.EnqueuedAt).ToList());

    private Task<T> Answer<T>(T answer)
    {
        Reads++;
        return Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(answer);
    }
}
