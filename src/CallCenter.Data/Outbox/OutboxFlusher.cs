using System.Threading.Channels;
using CallCenter.Data.Journal;
using Microsoft.Extensions.Logging;
using Polly;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Hands durable entries to the journal store in sequence order, a batch per transaction, and marks them
/// flushed only after the store has committed them. A crash between the two sends that batch again, which the
/// store's idempotent writes take once. Transient failures are retried for as long as it takes (backoff with
/// jitter, a circuit breaker that keeps the database in peace while it is down); a record the database refuses
/// for good is set aside in the dead-letter file so the stream behind it moves on.
/// </summary>
internal sealed class OutboxFlusher
{
    private readonly OutboxOptions options;
    private readonly string directory;
    private readonly IJournalStore store;
    private readonly OutboxSegments segments;
    private readonly FlushCheckpoint checkpoint;
    private readonly DeadLetterFile deadLetters;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly Action<long> flushed;
    private readonly ResiliencePipeline pipeline;
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly OutboxReader reader;
    private long flushedThrough;
    private DateTimeOffset? outageSince;
    private bool refusing;
    private volatile bool finishing;

    public OutboxFlusher(
        OutboxOptions options, string directory, IJournalStore store, OutboxSegments segments, FlushCheckpoint checkpoint,
        DeadLetterFile deadLetters, ILogger logger, TimeProvider time, Action<long> flushed)
    {
        this.options = options;
        this.directory = directory;
        this.store = store;
        this.segments = segments;
        this.checkpoint = checkpoint;
        this.deadLetters = deadLetters;
        this.logger = logger;
        this.time = time;
        this.flushed = flushed;
        reader = new OutboxReader(segments, options.BatchSize, logger);
        pipeline = JournalWritePipeline.Build(options, time, logger, NoteOutage, () => segments.Pending);
    }

    /// <summary>The last sequence number the database has (or the dead-letter file, for the few it refused).</summary>
    public long FlushedThrough => Interlocked.Read(ref flushedThrough);

    public void Resume(long through) => Interlocked.Exchange(ref flushedThrough, through);

    /// <summary>Something new is durable.</summary>
    public void Wake() => wake.Writer.TryWrite(true);

    /// <summary>Ends <see cref="RunAsync"/> once nothing durable is left to hand on.</summary>
    public void FinishWhenCaughtUp()
    {
        finishing = true;
        Wake();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var batch = await reader.ReadBatchAsync(FlushedThrough, cancellationToken).ConfigureAwait(false);
                if (batch.Entries.Count == 0)
                {
                    reader.MoveTo(batch);
                    if (finishing)
                    {
                        return;
                    }
                    await wake.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
                    wake.Reader.TryRead(out _);
                    continue;
                }
                if (await DeliverAsync(batch.Entries, cancellationToken).ConfigureAwait(false))
                {
                    await MarkFlushedAsync(batch).ConfigureAwait(false);
                }
                else
                {
                    // Read again after the pause: a record refused alone is only known bad once a later one goes in.
                    await Task.Delay(options.MaxRetryDelay, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The journal outbox could not hand entries on; trying again in {Delay}", options.MaxRetryDelay);
                try
                {
                    await Task.Delay(options.MaxRetryDelay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Deletes the segments the database has every entry of and nobody will touch again.</summary>
    public void DeleteFlushedSegments()
    {
        foreach (var segment in reader.TakeFinished(FlushedThrough))
        {
            try
            {
                File.Delete(segment.Path);
            }
            catch (IOException exception)
            {
                logger.LogWarning("Could not delete flushed outbox segment {Segment}: {Reason}", segment.Name, exception.Message);
            }
        }
    }

    /// <summary>
    /// Writes the batch, setting aside the entries that cannot be read back or that the database refuses for
    /// good. When the database refuses the batch, its entries are written one at a time, in order, twice: an
    /// entry is set aside only when both passes refused it and took others, so a database that recovers, or
    /// breaks, while we look sets nothing aside. False when that is not settled (the database refuses every
    /// entry — a missing table, a lost permission — or changed its mind): then the batch is read again after a
    /// pause, and setting entries aside would only empty the stream into the dead-letter file.
    /// </summary>
    private async Task<bool> DeliverAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        var readable = new List<(OutboxEntry Entry, IReadOnlyList<object> Records)>(batch.Count);
        var setAside = new List<(OutboxEntry Entry, Exception Reason)>();
        foreach (var entry in batch)
        {
            try
            {
                readable.Add((entry, JournalEntries.Read(entry)));
            }
            catch (InvalidDataException unreadable)
            {
                setAside.Add((entry, unreadable));
            }
        }

        if (readable.Count > 0 && !await WriteWholeAsync(readable, cancellationToken).ConfigureAwait(false))
        {
            var first = await WriteOneByOneAsync(readable, cancellationToken).ConfigureAwait(false);
            var second = first.Count < readable.Count ? await WriteOneByOneAsync(readable, cancellationToken).ConfigureAwait(false) : first;
            if (second.Count == readable.Count)
            {
                if (!refusing)
                {
                    refusing = true;
                    logger.LogError("The database refuses every journal entry ({Reason}); they stay in the outbox at {Directory} and are tried again every {Delay}",
                        DatabaseErrorText.Describe(second[0].Reason), directory, options.MaxRetryDelay);
                }
                return false;
            }
            if (!first.Select(r => r.Entry.Sequence).SequenceEqual(second.Select(r => r.Entry.Sequence)))
            {
                logger.LogDebug("The database changed its mind about a batch while it was written one entry at a time; reading it again");
                return false;
            }
            setAside.AddRange(second);
        }

        foreach (var (entry, reason) in setAside.OrderBy(e => e.Entry.Sequence))
        {
            await deadLetters.KeepAsync(entry, reason, cancellationToken).ConfigureAwait(false);
            logger.LogError(
                "Journal entry {Sequence} ({Kind}) cannot go to the database ({Reason}); it is kept in {DeadLetters} and the records after it go on",
                entry.Sequence, entry.Kind, reason is InvalidDataException ? reason.Message : DatabaseErrorText.Describe(reason), deadLetters.Path);
        }
        if (readable.Count > 0)
        {
            NoteDelivered();
        }
        return true;
    }

    /// <summary>Writes each entry in its own transaction, in order; returns those the database refused.</summary>
    private async Task<List<(OutboxEntry Entry, Exception Reason)>> WriteOneByOneAsync(
        List<(OutboxEntry Entry, IReadOnlyList<object> Records)> readable, CancellationToken cancellationToken)
    {
        var refused = new List<(OutboxEntry Entry, Exception Reason)>();
        foreach (var (entry, records) in readable)
        {
            try
            {
                await WriteAsync(records, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception refusal) when (IsRefusal(refusal, cancellationToken))
            {
                refused.Add((entry, refusal));
            }
        }
        return refused;
    }

    /// <summary>The batch in one transaction; false when the database refused it (not merely failed to answer).</summary>
    private async Task<bool> WriteWholeAsync(List<(OutboxEntry Entry, IReadOnlyList<object> Records)> readable, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(readable.SelectMany(r => r.Records).ToList(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception refusal) when (IsRefusal(refusal, cancellationToken))
        {
            logger.Log(refusing ? LogLevel.Debug : LogLevel.Warning,
                "The database refused a batch of {Count} journal entries ({Reason}); writing them one at a time to find which",
                readable.Count, DatabaseErrorText.Describe(refusal));
            return false;
        }
    }

    private async Task WriteAsync(IReadOnlyList<object> records, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            static (state, token) => new ValueTask(state.store.WriteAsync(state.records, token)),
            (store, records),
            cancellationToken).ConfigureAwait(false);

    private async Task MarkFlushedAsync(OutboxBatch batch)
    {
        var last = batch.Entries[^1].Sequence;
        // Not cancelled by a stop: the database has the batch, and marking it is one small local write.
        await checkpoint.SaveAsync(last, CancellationToken.None).ConfigureAwait(false);
        Interlocked.Exchange(ref flushedThrough, last);
        segments.Flushed(batch.EntriesBySegment);
        reader.MoveTo(batch);
        DeleteFlushedSegments();
        flushed(last);
    }

    private void NoteOutage(Exception failure)
    {
        if (outageSince is null)
        {
            outageSince = time.GetUtcNow();
            logger.LogWarning("The database does not take journal records ({Reason}); they wait in the outbox at {Directory} and go in when it is back",
                DatabaseErrorText.Describe(failure), directory);
        }
    }

    private void NoteDelivered()
    {
        if (outageSince is { } since)
        {
            outageSince = null;
            logger.LogInformation("The database takes journal records again after {Outage}; {Pending} wait in the outbox", time.GetUtcNow() - since, segments.Pending);
        }
        if (refusing)
        {
            refusing = false;
            logger.LogInformation("The database takes journal records again; {Pending} wait in the outbox", segments.Pending);
        }
    }

    private static bool IsRefusal(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
