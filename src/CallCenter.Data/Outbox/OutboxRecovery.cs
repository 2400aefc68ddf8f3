using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Reads back what an earlier run left in the outbox directory. An entry cut short at the end of a segment
/// (the process or the machine died while writing it) was never reported durable: it is cut off the file with
/// a warning. A damaged entry inside a segment is skipped with an error, and every sound entry after it kept.
/// </summary>
internal static class OutboxRecovery
{
    public static async Task<RecoveredOutbox> RecoverAsync(string directory, FlushCheckpoint checkpoint, ILogger logger, CancellationToken cancellationToken)
    {
        var (flushedThrough, problem) = await checkpoint.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            logger.LogWarning("Outbox {Directory}: {Problem}; every entry still on disk is sent again, which the journal store takes once", directory, problem);
        }

        var segments = new List<OutboxSegment>();
        var lastSequence = flushedThrough;
        foreach (var path in Directory.EnumerateFiles(directory, "*" + OutboxSegment.Extension).Order(StringComparer.Ordinal))
        {
            if (!OutboxSegment.TryReadFirstSequence(path, out var firstSequence))
            {
                logger.LogWarning("Outbox {Directory}: {File} is not named like a segment; left alone", directory, Path.GetFileName(path));
                continue;
            }
            var segment = new OutboxSegment(path, firstSequence) { Sealed = true };
            var length = new FileInfo(path).Length;
            var entries = 0;
            var unflushed = 0;
            ScannedLine? suspect = null;
            await foreach (var line in SegmentScanner.ScanAsync(path, 0, length, keepJson: false, cancellationToken).ConfigureAwait(false))
            {
                if (suspect is { } damaged)
                {
                    logger.LogError(
                        "Outbox segment {Segment} holds a damaged entry at bytes {From}-{To} ({Problem}); it is skipped, the entries after it are kept",
                        segment.Name, damaged.Offset, damaged.End, damaged.Problem);
                    suspect = null;
                }
                if (line.Entry is { } entry)
                {
                    entries++;
                    segment.LastSequence = Math.Max(segment.LastSequence, entry.Sequence);
                    unflushed += entry.Sequence > flushedThrough ? 1 : 0;
                }
                else
                {
                    suspect = line;
                }
            }

            segment.Length = length;
            if (suspect is { } torn)
            {
                logger.LogWarning(
                    "Outbox segment {Segment} ends in an entry cut short ({Problem}, {Bytes} bytes), left by a crash while it was written and never reported kept; dropped",
                    segment.Name, torn.Problem, torn.End - torn.Offset);
                segment.Length = torn.Offset;
                Truncate(path, torn.Offset);
            }

            lastSequence = Math.Max(lastSequence, segment.LastSequence);
            if (entries == 0 || segment.LastSequence <= flushedThrough)
            {
                File.Delete(path);
                continue;
            }
            segment.Unflushed = unflushed;
            segments.Add(segment);
        }
        return new RecoveredOutbox(segments, flushedThrough, lastSequence);
    }

    private static void Truncate(string path, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        RandomAccess.SetLength(handle, length);
        RandomAccess.FlushToDisk(handle);
    }
}
