using System.Buffers;
using System.Threading.Channels;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Win32.SafeHandles;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Appends entries to the current segment. Whatever arrived while the disk was busy is written and flushed to
/// disk together (group commit), so a thousand concurrent calls cost a few fsyncs, not a thousand; each
/// caller's wait ends when its own entry is durable, with the sequence number it was given.
/// </summary>
internal sealed class OutboxWriter(string directory, long segmentBytes, OutboxSegments segments, Action durable, ILogger logger)
{
    private const int MaxGroupEntries = 1024;
    private const int MaxGroupBytes = 4 * 1024 * 1024;

    private readonly Channel<PendingAppend> queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private long nextSequence = 1;
    private OutboxSegment? segment;
    private SafeFileHandle? handle;

    /// <summary>Queues an entry; before the outbox starts it waits for the start, after the outbox stops it is refused.</summary>
    public Task<long> AppendAsync(string kind, byte[] json, CancellationToken cancellationToken)
    {
        if (json.Length > OutboxLine.MaxJsonBytes)
        {
            throw new ArgumentException($"A {kind} of {json.Length} bytes is more than the outbox keeps ({OutboxLine.MaxJsonBytes} bytes).");
        }
        var append = new PendingAppend(kind, json);
        if (!queue.Writer.TryWrite(append))
        {
            throw new InvalidOperationException("The journal outbox is stopped: the record was not kept.");
        }
        return append.Durable.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking entries; <see cref="RunAsync"/> writes those already queued, then ends.</summary>
    public void Complete() => queue.Writer.TryComplete();

    public async Task RunAsync(long firstSequence)
    {
        nextSequence = firstSequence;
        var group = new List<PendingAppend>();
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                group.Clear();
                buffer.Clear();
                while (group.Count < MaxGroupEntries && buffer.WrittenCount < MaxGroupBytes && queue.Reader.TryRead(out var append))
                {
                    append.Sequence = nextSequence++;
                    OutboxLine.Write(buffer, append.Sequence, append.Kind, append.Json);
                    group.Add(append);
                }
                await WriteGroupAsync(group, buffer).ConfigureAwait(false);
            }
        }
        finally
        {
            CloseSegment();
        }
    }

    private async Task WriteGroupAsync(List<PendingAppend> group, ArrayBufferWriter<byte> buffer)
    {
        var current = segment;
        try
        {
            if (segment is null || handle is null)
            {
                current = OpenSegment(group[0].Sequence);
            }
            await RandomAccess.WriteAsync(handle!, buffer.WrittenMemory, current!.Length, CancellationToken.None).ConfigureAwait(false);
            RandomAccess.FlushToDisk(handle!);
        }
        catch (Exception exception)
        {
            logger.LogError(
                "Could not keep {Count} journal records on disk in {Directory}: {Reason}; their callers are told, and the outbox goes on in a new segment",
                group.Count, directory, exception.Message);
            if (current is not null && handle is not null)
            {
                TryCutBack(current.Length);
            }
            CloseSegment();
            var failure = new DataUnavailableException("The call journal could not keep the record on local disk.", exception);
            foreach (var append in group)
            {
                append.Durable.TrySetException(failure);
            }
            return;
        }

        segments.Extend(current, current.Length + buffer.WrittenCount, group[^1].Sequence, group.Count);
        foreach (var append in group)
        {
            append.Durable.TrySetResult(append.Sequence);
        }
        durable();
        if (current.Length >= segmentBytes)
        {
            CloseSegment();
        }
    }

    private OutboxSegment OpenSegment(long firstSequence)
    {
        var path = Path.Combine(directory, OutboxSegment.FileName(firstSequence));
        handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
        DirectorySync.Flush(directory);
        segment = new OutboxSegment(path, firstSequence);
        segments.Begin(segment);
        return segment;
    }

    private void TryCutBack(long durableLength)
    {
        try
        {
            // A half-written group must not sit in front of the entries that follow it after a restart.
            RandomAccess.SetLength(handle!, durableLength);
            RandomAccess.FlushToDisk(handle!);
        }
        catch (IOException exception)
        {
            logger.LogWarning("Could not cut the failed write off {Segment}: {Reason}; if it reached the disk whole after all, the next start sends it too", segment?.Name, exception.Message);
        }
    }

    private void CloseSegment()
    {
        if (segment is not null)
        {
            segments.Seal(segment);
        }
        handle?.Dispose();
        handle = null;
        segment = null;
    }

    private sealed class PendingAppend(string kind, byte[] json)
    {
        public string Kind { get; } = kind;

        public byte[] Json { get; } = json;

        public long Sequence { get; set; }

        public TaskCompletionSource<long> Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
