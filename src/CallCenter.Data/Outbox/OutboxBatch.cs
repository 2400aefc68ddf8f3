namespace CallCenter.Data.Outbox;

/// <summary>Entries read for one write, and where reading goes on once the database has them.</summary>
internal sealed record OutboxBatch(IReadOnlyList<OutboxEntry> Entries, IReadOnlyDictionary<OutboxSegment, int> EntriesBySegment, OutboxSegment? Segment, long Offset);
