using CallCenter.Core.Complaints;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The durable local outbox the call journal and the complaint desk write through. An append completes once
/// the entry is flushed to local disk, whatever the database is doing; a background flusher hands entries to
/// the <see cref="IJournalStore"/> in sequence order, exactly once, when the database can take them. What is
/// left at a stop, or at a crash, is read back and flushed first at the next start.
/// </summary>
public sealed class JournalOutbox : IHostedService, IAsyncDisposable
{
    private const string LockFileName = "outbox.lock";

    private readonly OutboxOptions options;
    private readonly ILogger<JournalOutbox> logger;
    private readonly TimeProvider time;
    private readonly OutboxSegments segments = new();
    private readonly FlushCheckpoint checkpoint;
    private readonly OutboxWriter writer;
    private readonly OutboxFlusher flusher;
    private readonly Lock gate = new();
    private FileStream? lockFile;
    private CancellationTokenSource? flushing;
    private Task? writing;
    private Task? flushingTask;
    private bool started;
    private bool stopped;

    public JournalOutbox(OutboxOptions options, IJournalStore store, ILogger<JournalOutbox> logger, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Directory, "Outbox:Directory");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, "Outbox:BatchSize");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SegmentBytes, 1, "Outbox:SegmentBytes");
        this.options = options;
        this.logger = logger;
        time = timeProvider ?? TimeProvider.System;
        Directory = Path.GetFullPath(options.Directory);
        checkpoint = new FlushCheckpoint(Directory);
        writer = new OutboxWriter(Directory, options.SegmentBytes, segments, Wake, logger);
        flusher = new OutboxFlusher(options, Directory, store, segments, checkpoint, new DeadLetterFile(Directory, time), logger, time, RaiseFlushed);
    }

    /// <summary>
    /// Raised, on the flusher, with the last sequence number the database now has; everything up to it is
    /// flushed. Handlers must be quick.
    /// </summary>
    public event Action<long>? Flushed;

    /// <summary>The outbox folder, in full.</summary>
    public string Directory { get; }

    /// <summary>Entries durable on disk that the database does not have yet.</summary>
    public long PendingCount => segments.Pending;

    /// <summary>The last sequence number the database has; every entry up to it is flushed.</summary>
    public long FlushedThrough => flusher.FlushedThrough;

    /// <summary>Entries the database refused for good are kept here, one JSON object a line.</summary>
    public string DeadLetterPath => Path.Combine(Directory, DeadLetterFile.FileName);

    /// <summary>Keeps the latest version of a call's record; completes with its sequence number once it is on disk.</summary>
    public Task<long> AppendAsync(CallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return writer.AppendAsync(JournalEntries.CallRecord, JournalEntries.Serialize(record), cancellationToken);
    }

    public Task<long> AppendAsync(CallStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return writer.AppendAsync(JournalEntries.CallStep, JournalEntries.Serialize(step), cancellationToken);
    }

    /// <summary>Keeps an agent's disposition and notes for a call; completes with its sequence number once it is on disk.</summary>
    public Task<long> AppendAsync(CallAnnotation annotation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return writer.AppendAsync(JournalEntries.CallAnnotation, JournalEntries.Serialize(annotation), cancellationToken);
    }

    public Task<long> AppendAsync(AgentStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return writer.AppendAsync(JournalEntries.AgentStateChange, JournalEntries.Serialize(change), cancellationToken);
    }

    /// <summary>Keeps a ticket's version with the history line that made it, as one entry: they arrive together or not at all.</summary>
    public Task<long> AppendAsync(ComplaintTicket ticket, TicketEvent happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(happened);
        return writer.AppendAsync(JournalEntries.TicketChange, JournalEntries.Serialize(ticket, happened), cancellationToken);
    }

    /// <summary>
    /// Takes the outbox folder (one server at a time), reads back what an earlier run left, and starts writing
    /// and flushing. Appends made before the start wait for it.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (started)
            {
                throw new InvalidOperationException("The journal outbox is already started.");
            }
            started = true;
        }
        CreateDirectory();
        lockFile = TakeFolder();
        try
        {
            var recovered = await OutboxRecovery.RecoverAsync(Directory, checkpoint, logger, cancellationToken).ConfigureAwait(false);
            segments.AddRecovered(recovered.Segments);
            flusher.Resume(recovered.FlushedThrough);
            if (recovered.Pending > 0)
            {
                logger.LogInformation("Journal outbox at {Directory}: {Pending} records from before the restart go to the database first", Directory, recovered.Pending);
            }
            else
            {
                logger.LogDebug("Journal outbox at {Directory}: nothing left from before", Directory);
            }
            flushing = new CancellationTokenSource();
            writing = Task.Run(() => writer.RunAsync(recovered.LastSequence + 1), CancellationToken.None);
            flushingTask = Task.Run(() => flusher.RunAsync(flushing.Token), CancellationToken.None);
        }
        catch
        {
            await lockFile.DisposeAsync().ConfigureAwait(false);
            lockFile = null;
            throw;
        }
    }

    /// <summary>
    /// Refuses new appends, writes those already queued, and flushes to the database for at most
    /// <see cref="OutboxOptions.StopGrace"/> (less if <paramref name="cancellationToken"/> says so). What is left
    /// stays on disk for the next start.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!started || stopped)
            {
                return;
            }
            stopped = true;
        }
        writer.Complete();
        if (writing is null || flushingTask is null || flushing is null)
        {
            return;
        }
        await writing.ConfigureAwait(false);

        using (var grace = new CancellationTokenSource(options.StopGrace, time))
        await using (grace.Token.Register(flushing.Cancel).ConfigureAwait(false))
        await using (cancellationToken.Register(flushing.Cancel).ConfigureAwait(false))
        {
            flusher.FinishWhenCaughtUp();
            await flushingTask.ConfigureAwait(false);
        }
        flusher.DeleteFlushedSegments();
        flushing.Dispose();

        var left = PendingCount;
        if (left > 0)
        {
            logger.LogWarning("Journal outbox stopped with {Pending} records the database does not have yet; they stay in {Directory} for the next start", left, Directory);
        }
        else
        {
            logger.LogInformation("Journal outbox stopped: the database has every record");
        }
        if (lockFile is not null)
        {
            await lockFile.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private void CreateDirectory()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            return;
        }
        // Records carry callers' numbers and agents' notes: the folder is the server's own.
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private FileStream TakeFolder()
    {
        var path = Path.Combine(Directory, LockFileName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The journal outbox at {Directory} is in use by another server (its {LockFileName} is locked). Give each server its own Outbox:Directory.", exception);
        }
    }

    private void Wake() => flusher.Wake();

    private void RaiseFlushed(long through)
    {
        try
        {
            Flushed?.Invoke(through);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A listener to the journal outbox failed");
        }
    }
}
