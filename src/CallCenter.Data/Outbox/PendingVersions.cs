using System.Collections.Concurrent;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The latest version of each record this server appended that the database does not have yet, so a read right
/// after a write sees the write even while the database is away. Forgets a version once it is flushed.
/// </summary>
internal sealed class PendingVersions<TKey, TRecord>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Sequence, TRecord Record)> versions;
    private readonly JournalOutbox outbox;

    public PendingVersions(JournalOutbox outbox, IEqualityComparer<TKey>? comparer = null)
    {
        this.outbox = outbox;
        versions = new ConcurrentDictionary<TKey, (long, TRecord)>(comparer);
        outbox.Flushed += Forget;
    }

    public void Keep(TKey key, long sequence, TRecord record)
    {
        var version = (sequence, record);
        versions.AddOrUpdate(key, version, (_, existing) => existing.Sequence > sequence ? existing : version);
        // The flusher may have been quicker than us: then the database has it already.
        if (sequence <= outbox.FlushedThrough)
        {
            versions.TryRemove(KeyValuePair.Create(key, version));
        }
    }

    public bool TryGet(TKey key, out TRecord record) => TryGet(key, out _, out record);

    /// <summary>The latest version and its place in the outbox, to tell it from what was appended before or after it.</summary>
    public bool TryGet(TKey key, out long sequence, out TRecord record)
    {
        if (versions.TryGetValue(key, out var version))
        {
            (sequence, record) = version;
            return true;
        }
        (sequence, record) = (0, default!);
        return false;
    }

    /// <summary>Every version still waiting, at this moment.</summary>
    public IReadOnlyList<TRecord> Waiting() => versions.Values.Select(v => v.Record).ToList();

    private void Forget(long flushedThrough)
    {
        foreach (var pair in versions)
        {
            if (pair.Value.Sequence <= flushedThrough)
            {
                versions.TryRemove(pair);
            }
        }
    }
}
