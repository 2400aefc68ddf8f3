namespace CallCenter.Data.Outbox;

/// <summary>The segments on disk, oldest first, shared by the writer that fills them and the flusher that empties them.</summary>
internal sealed class OutboxSegments
{
    private readonly Lock gate = new();
    private readonly List<OutboxSegment> segments = [];
    private long pending;

    /// <summary>Entries durable on disk that the database has not taken yet.</summary>
    public long Pending
    {
        get
        {
            lock (gate)
            {
                return pending;
            }
        }
    }

    public void AddRecovered(IReadOnlyList<OutboxSegment> recovered)
    {
        lock (gate)
        {
            segments.AddRange(recovered);
            pending += recovered.Sum(s => (long)s.Unflushed);
        }
    }

    public void Begin(OutboxSegment segment)
    {
        lock (gate)
        {
            segments.Add(segment);
        }
    }

    public void Extend(OutboxSegment segment, long length, long lastSequence, int entries)
    {
        lock (gate)
        {
            segment.Length = length;
            segment.LastSequence = lastSequence;
            segment.Unflushed += entries;
            pending += entries;
        }
    }

    public void Seal(OutboxSegment segment)
    {
        lock (gate)
        {
            segment.Sealed = true;
        }
    }

    public (long Length, bool Sealed) StateOf(OutboxSegment segment)
    {
        lock (gate)
        {
            return (segment.Length, segment.Sealed);
        }
    }

    /// <summary>The segment after <paramref name="segment"/> in the stream, or the first one when it is null.</summary>
    public OutboxSegment? After(OutboxSegment? segment)
    {
        lock (gate)
        {
            return segments.FirstOrDefault(s => segment is null || s.FirstSequence > segment.FirstSequence);
        }
    }

    public void Flushed(IReadOnlyDictionary<OutboxSegment, int> entriesBySegment)
    {
        lock (gate)
        {
            foreach (var (segment, entries) in entriesBySegment)
            {
                segment.Unflushed -= entries;
                pending -= entries;
            }
        }
    }

    /// <summary>
    /// The segment's file is gone (deleted behind the server's back): what it still held for the database,
    /// beyond the <paramref name="taken"/> entries already read from it, is lost. Returns that count.
    /// </summary>
    public int Vanished(OutboxSegment segment, int taken)
    {
        lock (gate)
        {
            var lost = Math.Max(0, segment.Unflushed - taken);
            segment.Unflushed -= lost;
            pending -= lost;
            return lost;
        }
    }

    /// <summary>
    /// Takes out the segments whose every entry the database has, and that nobody will read or write again, for
    /// the caller to delete.
    /// </summary>
    public IReadOnlyList<OutboxSegment> RemoveFlushed(long flushedThrough, OutboxSegment? reading, long readOffset)
    {
        lock (gate)
        {
            var done = segments
                .Where(s => s.Sealed && s.LastSequence <= flushedThrough && (s != reading || readOffset >= s.Length))
                .ToList();
            segments.RemoveAll(done.Contains);
            return done;
        }
    }
}
