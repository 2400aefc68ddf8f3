using System.Collections.Concurrent;
using CallCenter.Core.Records;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The disposition and notes agents gave each call, merged as the database merges them (a null keeps the earlier
/// value), and kept past their flush: the call may still write a version of its record without them, which the
/// database merges (COALESCE) but which a read must merge too while that version waits in the outbox. Beyond
/// <see cref="Capacity"/> calls, the ones flushed longest ago are forgotten, long after their calls ended.
/// </summary>
internal sealed class RememberedAnnotations
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (long Sequence, CallAnnotation Annotation)> annotations = new(StringComparer.Ordinal);

    public RememberedAnnotations(JournalOutbox outbox) => outbox.Flushed += Trim;

    public void Keep(long sequence, CallAnnotation annotation) =>
        annotations.AddOrUpdate(
            annotation.CallId,
            (sequence, annotation),
            (_, existing) => existing.Sequence > sequence
                ? (existing.Sequence, Merge(annotation, existing.Annotation))
                : (sequence, Merge(existing.Annotation, annotation)));

    public bool TryGet(string callId, out long sequence, out CallAnnotation annotation)
    {
        if (annotations.TryGetValue(callId, out var kept))
        {
            (sequence, annotation) = kept;
            return true;
        }
        (sequence, annotation) = (0, null!);
        return false;
    }

    private static CallAnnotation Merge(CallAnnotation older, CallAnnotation newer) =>
        newer with { CustomerId = newer.CustomerId ?? older.CustomerId, Disposition = newer.Disposition ?? older.Disposition, Notes = newer.Notes ?? older.Notes };

    private void Trim(long flushedThrough)
    {
        var excess = annotations.Count - Capacity;
        if (excess <= 0)
        {
            return;
        }
        foreach (var pair in annotations.Where(p => p.Value.Sequence <= flushedThrough).OrderBy(p => p.Value.Sequence).Take(excess).ToList())
        {
            annotations.TryRemove(pair);
        }
    }
}
