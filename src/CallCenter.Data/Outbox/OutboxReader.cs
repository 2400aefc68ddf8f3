using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Where the flusher is in the stream: reads the next batch of durable entries from the segments, moves on
/// only once the database has them, and says which segments nobody will read or write again.
/// </summary>
internal sealed class OutboxReader(OutboxSegments segments, int batchSize, ILogger logger)
{
    private OutboxSegment? reading;
    private long readOffset;

    /// <summary>Reading goes on after <paramref name="batch"/>.</summary>
    public void MoveTo(OutboxBatch batch) => (reading, readOffset) = (batch.Segment, batch.Offset);

    /// <summary>Takes out the segments the database has every entry of and that are behind the reading position.</summary>
    public IReadOnlyList<OutboxSegment> TakeFinished(long flushedThrough) => segments.RemoveFlushed(flushedThrough, reading, readOffset);

    /// <summary>The next entries after the reading position with a sequence above <paramref name="flushedThrough"/>, up to a batch.</summary>
    public async Task<OutboxBatch> ReadBatchAsync(long flushedThrough, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        var bySegment = new Dictionary<OutboxSegment, int>();
        var segment = reading ?? segments.After(null);
        var position = reading is null ? 0 : readOffset;
        while (segment is not null && entries.Count < batchSize)
        {
            var (length, isSealed) = segments.StateOf(segment);
            if (position < length)
            {
                position = await ReadSegmentAsync(segment, position, length, flushedThrough, entries, bySegment, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (!isSealed || segments.After(segment) is not { } next)
            {
                break;
            }
            (segment, position) = (next, 0);
        }
        return new OutboxBatch(entries, bySegment, segment, position);
    }

    /// <summary>Adds the segment's entries from <paramref name="position"/> to the batch until it is full; returns where reading stopped.</summary>
    private async Task<long> ReadSegmentAsync(
        OutboxSegment segment, long position, long length, long through, List<OutboxEntry> entries, Dictionary<OutboxSegment, int> bySegment,
        CancellationToken cancellationToken)
    {
        var start = position;
        try
        {
            await foreach (var line in SegmentScanner.ScanAsync(segment.Path, position, length, keepJson: true, cancellationToken).ConfigureAwait(false))
            {
                position = line.End;
                if (line.Entry is { } entry)
                {
                    if (entry.Sequence > through)
                    {
                        entries.Add(entry);
                        bySegment[segment] = bySegment.GetValueOrDefault(segment) + 1;
                    }
                }
                else
                {
                    logger.LogWarning("Outbox segment {Segment} holds a damaged entry at bytes {From}-{To} ({Problem}); skipped",
                        segment.Name, line.Offset, line.End, line.Problem);
                }
                if (entries.Count >= batchSize)
                {
                    return position;
                }
            }
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            var lost = segments.Vanished(segment, bySegment.GetValueOrDefault(segment));
            logger.LogError("Outbox segment {Segment} was deleted behind the server's back before the database had it: {Lost} records are lost", segment.Name, lost);
            return length;
        }
        if (position == start)
        {
            logger.LogWarning("Outbox segment {Segment} is shorter than was written ({Length} bytes expected); reading on after it", segment.Name, length);
            return length;
        }
        return position;
    }
}
