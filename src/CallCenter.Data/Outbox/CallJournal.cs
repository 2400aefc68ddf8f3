using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The call journal: writes go through the <see cref="JournalOutbox"/> and never wait for the database; reads
/// ask the database. <see cref="GetAsync"/> also sees a call's record this server wrote that the database does
/// not have yet; steps and lists show only what the database has.
/// </summary>
public sealed class CallJournal : ICallJournal
{
    private readonly JournalOutbox outbox;
    private readonly ICallRecordReader reader;
    private readonly PendingVersions<string, CallRecord> pending;

    public CallJournal(JournalOutbox outbox, ICallRecordReader reader)
    {
        this.outbox = outbox;
        this.reader = reader;
        pending = new PendingVersions<string, CallRecord>(outbox, StringComparer.Ordinal);
    }

    /// <summary>
    /// Completes once the record is on local disk. Cancelling stops the wait, not the write: the record may
    /// still be kept. Fails with <see cref="DataUnavailableException"/> when the local disk refuses it.
    /// </summary>
    public async ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (string.IsNullOrWhiteSpace(record.CallId))
        {
            throw new ArgumentException("A call record needs its CallId.", nameof(record));
        }
        var sequence = await outbox.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        pending.Keep(record.CallId, sequence, record);
    }

    public async ValueTask StepAsync(CallStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (string.IsNullOrWhiteSpace(step.CallId) || string.IsNullOrWhiteSpace(step.Node))
        {
            throw new ArgumentException("A call step needs its CallId and node.", nameof(step));
        }
        await outbox.AppendAsync(step, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (string.IsNullOrWhiteSpace(change.AgentExtension))
        {
            throw new ArgumentException("An agent state change needs the agent's extension.", nameof(change));
        }
        await outbox.AppendAsync(change, cancellationToken).ConfigureAwait(false);
    }

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) =>
        pending.TryGet(callId, out var record)
            ? Task.FromResult<CallRecord?>(record)
            : JournalReads.GuardAsync("the call record", () => reader.GetAsync(callId, cancellationToken));

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the call's steps", () => reader.StepsAsync(callId, cancellationToken));

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the customer's calls", () => reader.RecentForCustomerAsync(customerId, limit, cancellationToken));

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the agent's calls", () => reader.ForAgentAsync(extension, from, to, cancellationToken));
}
