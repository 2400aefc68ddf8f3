using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The durable mark of how far the database has the stream: the last sequence number it took. Replaced whole
/// by writing a new file and renaming it over the old, so a crash leaves either the old mark or the new one.
/// </summary>
internal sealed class FlushCheckpoint(string directory)
{
    public const string FileName = "flushed";
    private const string TemporaryName = "flushed.tmp";

    public string Path { get; } = System.IO.Path.Combine(directory, FileName);

    /// <summary>The mark, 0 when there is none yet; a damaged mark also reads as 0 with the reason, which only means entries are sent again.</summary>
    public async Task<(long FlushedThrough, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        File.Delete(System.IO.Path.Combine(directory, TemporaryName));
        if (!File.Exists(Path))
        {
            return (0, null);
        }
        var text = await File.ReadAllTextAsync(Path, Encoding.ASCII, cancellationToken).ConfigureAwait(false);
        var fields = text.TrimEnd('\n').Split('\t');
        if (fields.Length == 2
            && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var through)
            && fields[1] == Checksum(fields[0]))
        {
            return (through, null);
        }
        return (0, "the flushed mark is damaged");
    }

    public async Task SaveAsync(long flushedThrough, CancellationToken cancellationToken)
    {
        var sequence = flushedThrough.ToString(CultureInfo.InvariantCulture);
        var temporary = System.IO.Path.Combine(directory, TemporaryName);
        using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write))
        {
            await RandomAccess.WriteAsync(handle, Encoding.ASCII.GetBytes($"{sequence}\t{Checksum(sequence)}\n"), 0, cancellationToken).ConfigureAwait(false);
            RandomAccess.FlushToDisk(handle);
        }
        File.Move(temporary, Path, overwrite: true);
        DirectorySync.Flush(directory);
    }

    private static string Checksum(string sequence) =>
        Crc32.HashToUInt32(Encoding.ASCII.GetBytes(sequence)).ToString("x8", CultureInfo.InvariantCulture);
}
