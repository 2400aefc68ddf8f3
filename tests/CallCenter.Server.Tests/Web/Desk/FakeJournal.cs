using System.Collections.Concurrent;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Call records in memory; annotations are kept as given and folded into the records, as the journal does.</summary>
internal sealed class FakeJournal : ICallJournal
{
    private readonly ConcurrentDictionary<string, CallRecord> records = new(StringComparer.Ordinal);

    public ConcurrentQueue<CallAnnotation> Annotations { get; } = new();

    public ConcurrentQueue<AgentStateChange> StateChanges { get; } = new();

    public bool Down { get; set; }

    public void Add(CallRecord record) => records[record.CallId] = record;

    public ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        records[record.CallId] = record;
        return ValueTask.CompletedTask;
    }

    public ValueTask StepAsync(CallStep step, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken)
    {
        StateChanges.Enqueue(change);
        return ValueTask.CompletedTask;
    }

    public ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken)
    {
        Annotations.Enqueue(annotation);
        records.AddOrUpdate(
            annotation.CallId,
            id => new CallRecord { CallId = id, Disposition = annotation.Disposition, Notes = annotation.Notes },
            (_, r) => r with { Disposition = annotation.Disposition ?? r.Disposition, Notes = annotation.Notes ?? r.Notes });
        return ValueTask.CompletedTask;
    }

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) => Read(() => records.GetValueOrDefault(callId));

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallStep>>([]);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<CallRecord>>(() => [.. records.Values.Where(r => r.CustomerId == customerId).OrderByDescending(r => r.StartedAt).Take(limit)]);

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<CallRecord>>(() => [.. records.Values.Where(r => r.AgentExtension == extension && r.ConnectedAt >= from && r.ConnectedAt < to).OrderBy(r => r.ConnectedAt)]);

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CallRecord>>([]);

    private Task<T> Read<T>(Func<T> read) => Down ? Task.FromException<T>(new DataUnavailableException("down")) : Task.FromResult(read());
}
