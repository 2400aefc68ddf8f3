using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The call journal: writes go through the <see cref="JournalOutbox"/> and never wait for the database; reads
/// ask the database. <see cref="GetAsync"/> also sees a call's record and an agent's annotation of it this
/// server wrote that the database does not have yet, and <see cref="QueuedSinceAsync"/> the queued calls'
/// records; steps and the other lists show only what the database has.
/// </summary>
public sealed class CallJournal : ICallJournal
{
    private readonly JournalOutbox outbox;
    private readonly ICallRecordReader reader;
    private readonly PendingVersions<string, CallRecord> pending;
    private readonly RememberedAnnotations annotations;

    public CallJournal(JournalOutbox outbox, ICallRecordReader reader)
    {
        this.outbox = outbox;
        this.reader = reader;
        pending = new PendingVersions<string, CallRecord>(outbox, StringComparer.Ordinal);
        annotations = new RememberedAnnotations(outbox);
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

    /// <summary>
    /// Keeps an agent's disposition and notes through the outbox like a record: completes once on local disk, is
    /// written to the call's record in order when the database can take it. A null field keeps what the record
    /// has; an annotation of a call the database has no record of changes nothing (a warning, see JournalStore).
    /// </summary>
    public async ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (string.IsNullOrWhiteSpace(annotation.CallId) || string.IsNullOrWhiteSpace(annotation.AgentExtension))
        {
            throw new ArgumentException("An annotation needs the call's CallId and the agent's extension.", nameof(annotation));
        }
        if (annotation.Disposition is null && annotation.Notes is null && annotation.CustomerId is null)
        {
            throw new ArgumentException("An annotation needs a disposition, notes or the caller's customer.", nameof(annotation));
        }
        var sequence = await outbox.AppendAsync(annotation, cancellationToken).ConfigureAwait(false);
        annotations.Keep(sequence, annotation);
    }

    public async Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        var annotated = annotations.TryGet(callId, out var annotatedAt, out var annotation);
        if (pending.TryGet(callId, out var writtenAt, out var written))
        {
            // The database merges the annotation into this version whether or not it has the annotation yet.
            return annotated ? Annotate(written, annotation, annotationIsNewer: annotatedAt > writtenAt) : written;
        }
        // Read before asking: everything up to it is in what the database answers.
        var flushed = outbox.FlushedThrough;
        var stored = await JournalReads.GuardAsync("the call record", () => reader.GetAsync(callId, cancellationToken)).ConfigureAwait(false);
        return stored is not null && annotated && annotatedAt > flushed ? Annotate(stored, annotation, annotationIsNewer: true) : stored;
    }

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the call's steps", () => reader.StepsAsync(callId, cancellationToken));

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the customer's calls", () => reader.RecentForCustomerAsync(customerId, limit, cancellationToken));

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the agent's calls", () => reader.ForAgentAsync(extension, from, to, cancellationToken));

    /// <summary>
    /// The database's queued calls with the versions still waiting in the outbox put in their place, so a
    /// service level counts the call that was just answered. Fails with <see cref="DataUnavailableException"/>
    /// while the database cannot answer.
    /// </summary>
    public async Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken)
    {
        var stored = await JournalReads.GuardAsync("the queued calls", () => reader.QueuedSinceAsync(from, cancellationToken)).ConfigureAwait(false);
        var calls = stored.ToDictionary(c => c.CallId, StringComparer.Ordinal);
        foreach (var waiting in pending.Waiting())
        {
            if (waiting.Queue is not null && waiting.EnqueuedAt >= from)
            {
                calls[waiting.CallId] = waiting;
            }
            else
            {
                // A version that left the queue's window (requeued later, say) is no longer one of them.
                calls.Remove(waiting.CallId);
            }
        }
        return calls.Values.OrderBy(c => c.EnqueuedAt).ThenBy(c => c.CallId, StringComparer.Ordinal).ToList();
    }

    private static CallRecord Annotate(CallRecord record, CallAnnotation annotation, bool annotationIsNewer) => annotationIsNewer
        ? record with
        {
            CustomerId = annotation.CustomerId ?? record.CustomerId,
            Disposition = annotation.Disposition ?? record.Disposition,
            Notes = annotation.Notes ?? record.Notes,
        }
        : record with
        {
            CustomerId = record.CustomerId ?? annotation.CustomerId,
            Disposition = record.Disposition ?? annotation.Disposition,
            Notes = record.Notes ?? annotation.Notes,
        };
}
