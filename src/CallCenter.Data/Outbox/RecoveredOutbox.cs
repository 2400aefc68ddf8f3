namespace CallCenter.Data.Outbox;

/// <summary>What a start found on disk: the segments still to flush, oldest first, and where the stream stands.</summary>
internal sealed record RecoveredOutbox(IReadOnlyList<OutboxSegment> Segments, long FlushedThrough, long LastSequence)
{
    public long Pending => Segments.Sum(s => (long)s.Unflushed);
}
