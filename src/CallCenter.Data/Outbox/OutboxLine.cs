using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;

namespace CallCenter.Data.Outbox;

/// <summary>
/// One entry on disk: <c>{sequence}\t{kind}\t{crc32}\t{json}\n</c>. The CRC-32 covers the sequence, the kind and
/// the JSON, so an entry torn by a crash, or a flipped byte, is recognised and never handed on. JSON as written
/// by System.Text.Json holds no raw newline, so a newline always ends an entry and a reader can find the next
/// entry after a damaged one.
/// </summary>
internal static class OutboxLine
{
    /// <summary>The largest record the outbox keeps; a call record or ticket is a few hundred bytes.</summary>
    public const int MaxJsonBytes = 1024 * 1024;

    public const int MaxLineBytes = MaxJsonBytes + 128;

    private const byte Tab = (byte)'\t';
    private const byte Newline = (byte)'\n';
    private const int MaxKindBytes = 64;

    public static void Write(IBufferWriter<byte> output, long sequence, string kind, ReadOnlySpan<byte> json)
    {
        Span<byte> head = stackalloc byte[20 + 1 + MaxKindBytes + 1];
        if (!Utf8.TryWrite(head, CultureInfo.InvariantCulture, $"{sequence}\t{kind}\t", out var headLength))
        {
            throw new ArgumentException($"Outbox entry kind \"{kind}\" is too long.", nameof(kind));
        }
        var crc = new Crc32();
        crc.Append(head[..headLength]);
        crc.Append(json);

        output.Write(head[..headLength]);
        Span<byte> check = stackalloc byte[9];
        Utf8.TryWrite(check, CultureInfo.InvariantCulture, $"{crc.GetCurrentHashAsUInt32():x8}\t", out var checkLength);
        output.Write(check[..checkLength]);
        output.Write(json);
        output.Write([Newline]);
    }

    /// <summary>Reads an entry from a line without its newline; null and a reason when the line is not a sound entry.</summary>
    public static OutboxEntry? Read(ReadOnlySpan<byte> line, bool keepJson, out string? problem)
    {
        problem = null;
        var first = line.IndexOf(Tab);
        var second = first < 0 ? -1 : line[(first + 1)..].IndexOf(Tab);
        var third = second < 0 ? -1 : line[(first + second + 2)..].IndexOf(Tab);
        if (third < 0)
        {
            problem = "not an entry (fields missing)";
            return null;
        }
        var sequenceField = line[..first];
        var kindField = line.Slice(first + 1, second);
        var checkField = line.Slice(first + second + 2, third);
        var json = line[(first + second + third + 3)..];

        if (!Utf8Parser.TryParse(sequenceField, out long sequence, out var used) || used != sequenceField.Length || sequence <= 0)
        {
            problem = "not an entry (no sequence number)";
            return null;
        }
        if (kindField.Length is 0 or > MaxKindBytes || checkField.Length != 8
            || !Utf8Parser.TryParse(checkField, out uint expected, out used, 'x') || used != checkField.Length)
        {
            problem = "not an entry (kind or checksum malformed)";
            return null;
        }
        var crc = new Crc32();
        crc.Append(line[..(first + second + 2)]);
        crc.Append(json);
        if (crc.GetCurrentHashAsUInt32() != expected)
        {
            problem = "checksum mismatch";
            return null;
        }
        return new OutboxEntry(sequence, Encoding.ASCII.GetString(kindField), keepJson ? json.ToArray() : []);
    }
}
