using System.Globalization;

namespace CallCenter.Data.Outbox;

/// <summary>
/// One append-only file of entries, named for its first sequence number so names sort in stream order. Its
/// length and last sequence cover only what is durable; <see cref="OutboxSegments"/> guards them.
/// </summary>
internal sealed class OutboxSegment(string path, long firstSequence)
{
    public const string Extension = ".outbox";

    public string Path { get; } = path;

    public long FirstSequence { get; } = firstSequence;

    public long Length { get; set; }

    public long LastSequence { get; set; }

    /// <summary>Entries in this segment the database does not have yet.</summary>
    public int Unflushed { get; set; }

    /// <summary>No more entries will be added: the writer moved on, or it is left from before a restart.</summary>
    public bool Sealed { get; set; }

    public string Name => System.IO.Path.GetFileName(Path);

    public static string FileName(long firstSequence) => firstSequence.ToString("D20", CultureInfo.InvariantCulture) + Extension;

    public static bool TryReadFirstSequence(string path, out long firstSequence) =>
        long.TryParse(System.IO.Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out firstSequence)
        && System.IO.Path.GetFileName(path) == FileName(firstSequence);
}
