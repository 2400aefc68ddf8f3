using System.Runtime.CompilerServices;

namespace CallCenter.Data.Outbox;

/// <summary>Reads the lines of a segment file between two offsets, without holding more than one line in memory.</summary>
internal static class SegmentScanner
{
    private const int FirstBufferBytes = 64 * 1024;

    public static async IAsyncEnumerable<ScannedLine> ScanAsync(
        string path, long from, long to, bool keepJson, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The writer keeps the file open for appending while we read what it has already made durable.
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[(int)Math.Clamp(to - from, 1, FirstBufferBytes)];
        var bufferOffset = from;
        var filled = 0;
        var start = 0;
        var position = from;
        long? overlongFrom = null;

        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
            if (newline >= 0)
            {
                var lineOffset = bufferOffset + start;
                var end = bufferOffset + newline + 1;
                ScannedLine line;
                if (overlongFrom is { } overlong)
                {
                    line = new ScannedLine(overlong, end, null, "line longer than any entry", Terminated: true);
                    overlongFrom = null;
                }
                else
                {
                    var entry = OutboxLine.Read(buffer.AsSpan(start, newline - start), keepJson, out var problem);
                    line = new ScannedLine(lineOffset, end, entry, problem, Terminated: true);
                }
                start = newline + 1;
                yield return line;
                continue;
            }

            if (position >= to)
            {
                if (overlongFrom is { } overlong)
                {
                    yield return new ScannedLine(overlong, to, null, "unterminated line longer than any entry", Terminated: false);
                }
                else if (filled > start)
                {
                    yield return new ScannedLine(bufferOffset + start, to, null, "unterminated entry", Terminated: false);
                }
                yield break;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                bufferOffset += start;
                filled -= start;
                start = 0;
            }
            if (filled == buffer.Length)
            {
                if (buffer.Length >= OutboxLine.MaxLineBytes)
                {
                    // No entry is this long: skip to the next newline, where a sound entry may begin again.
                    overlongFrom ??= bufferOffset;
                    bufferOffset += filled;
                    filled = 0;
                }
                else
                {
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, OutboxLine.MaxLineBytes));
                }
            }

            var wanted = (int)Math.Min(buffer.Length - filled, to - position);
            var read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(filled, wanted), position, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                // The file is shorter than we were told: what is there is all there is.
                to = position;
                continue;
            }
            filled += read;
            position += read;
        }
    }
}
