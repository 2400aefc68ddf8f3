using System.Buffers.Binary;
using CallCenter.Audio.Checks;

namespace CallCenter.Audio;

/// <summary>Reads RIFF/WAVE files: PCM 8/16/24/32-bit and 32/64-bit float, any rate and channel count.</summary>
public static class WavReader
{
    // espeak-ng and sox write 0x7FFFF000-ish sizes when writing to a pipe, because they cannot seek back to fix them.
    private const uint StreamingPlaceholder = 0x7FFF0000;

    // WAVE_FORMAT_EXTENSIBLE is the longest 'fmt ' chunk we understand; anything beyond it is skipped.
    private const int FmtBytesWeRead = 40;

    public static WavInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadInfo(stream, path);
    }

    public static WavInfo ReadInfo(Stream stream, string name = "stream")
    {
        Span<byte> header = stackalloc byte[12];
        var got = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (got == 0)
        {
            throw new InvalidWavException(WavProblemKind.Empty, $"{name}: the file is empty (0 bytes).");
        }
        if (!StartsLikeRiffWave(header[..got]))
        {
            throw new InvalidWavException(WavProblemKind.NotRiffWave, $"{name}: not a RIFF/WAVE file.");
        }
        if (got < header.Length)
        {
            throw EndsInside(name, "RIFF header");
        }

        WavFormat? format = null;
        var position = 12L;
        Span<byte> chunkHeader = stackalloc byte[8];
        while (true)
        {
            got = stream.ReadAtLeast(chunkHeader, chunkHeader.Length, throwOnEndOfStream: false);
            if (got == 0)
            {
                throw new InvalidWavException(format is null ? $"{name}: no 'fmt ' chunk." : $"{name}: no 'data' chunk.");
            }
            if (got < chunkHeader.Length)
            {
                throw EndsInside(name, "a chunk header");
            }
            position += 8;
            var id = chunkHeader[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);
            if (id.SequenceEqual("fmt "u8))
            {
                if (format is not null)
                {
                    throw new InvalidWavException($"{name}: more than one 'fmt ' chunk.");
                }
                if (size < 16)
                {
                    throw new InvalidWavException($"{name}: 'fmt ' chunk is {size} bytes, expected at least 16.");
                }
                var fmt = new byte[Math.Min(size, FmtBytesWeRead)];
                ReadExactly(stream, fmt, name, "'fmt ' chunk");
                format = ParseFormat(fmt, name);
                Skip(stream, size - fmt.Length + (size & 1), name, "'fmt ' chunk");
                position += size + (size & 1);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw new InvalidWavException($"{name}: 'data' chunk before 'fmt ' chunk.");
                }
                long length = size;
                var truncated = false;
                if (stream.CanSeek)
                {
                    var available = Math.Max(0, stream.Length - stream.Position);
                    if (size == 0)
                    {
                        // Some streaming writers leave 0 when they could not go back to fill in the size.
                        length = available;
                    }
                    else if (size > available)
                    {
                        length = available;
                        truncated = size < StreamingPlaceholder;
                    }
                }
                var usable = length - length % Math.Max(1, format.Value.BlockAlign);
                return new WavInfo(format.Value, position, usable) { IsTruncated = truncated };
            }
            else
            {
                var skip = size + (size & 1);
                Skip(stream, skip, name, $"'{Printable(id)}' chunk");
                position += skip;
            }
        }
    }

    public static WavAudio Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static WavAudio Read(Stream stream, string name = "stream")
    {
        var info = ReadInfo(stream, name);
        var data = stream.CanSeek ? ReadKnownLength(stream, info, name) : ReadUntilEnd(stream, info, name);
        var whole = data.Length - data.Length % Math.Max(1, info.Format.BlockAlign);
        return new WavAudio(info.Format, data.AsMemory(0, whole));
    }

    private static byte[] ReadKnownLength(Stream stream, WavInfo info, string name)
    {
        if (info.DataLength > Array.MaxLength)
        {
            throw TooLong(name, info.DataLength);
        }
        var data = new byte[info.DataLength];
        var read = stream.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
        return read == data.Length ? data : data[..read];
    }

    // A pipe cannot say how long it is, and its header may carry a placeholder size: read what really comes.
    private static byte[] ReadUntilEnd(Stream stream, WavInfo info, string name)
    {
        var limit = Math.Min(info.DataLength, Array.MaxLength);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        while (memory.Length < limit)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - memory.Length));
            if (n == 0)
            {
                return memory.ToArray();
            }
            memory.Write(buffer, 0, n);
        }
        if (info.DataLength > Array.MaxLength && stream.Read(buffer, 0, 1) > 0)
        {
            throw TooLong(name, info.DataLength);
        }
        return memory.ToArray();
    }

    private static WavFormat ParseFormat(ReadOnlySpan<byte> fmt, string name)
    {
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        const ushort extensible = 0xFFFE;
        if (tag == extensible && fmt.Length >= 26)
        {
            // WAVE_FORMAT_EXTENSIBLE keeps the real format tag in the first two bytes of the sub-format GUID.
            tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        }
        var encoding = tag switch
        {
            1 => WavEncoding.Pcm,
            3 => WavEncoding.IeeeFloat,
            _ => throw new InvalidWavException(
                WavProblemKind.UnsupportedEncoding,
                $"{name}: format tag {tag} is not supported (PCM or IEEE float only)."),
        };
        if (channels == 0 || rate <= 0)
        {
            throw new InvalidWavException($"{name}: {channels} channels at {rate} Hz is not playable audio.");
        }
        var supported = encoding == WavEncoding.Pcm ? bits is 8 or 16 or 24 or 32 : bits is 32 or 64;
        if (!supported)
        {
            throw new InvalidWavException(
                WavProblemKind.UnsupportedEncoding,
                $"{name}: {bits}-bit {(encoding == WavEncoding.Pcm ? "PCM" : "float")} samples are not supported.");
        }
        return new WavFormat(rate, channels, bits, encoding);
    }

    private static bool StartsLikeRiffWave(ReadOnlySpan<byte> start)
    {
        ReadOnlySpan<byte> riff = "RIFF"u8;
        ReadOnlySpan<byte> wave = "WAVE"u8;
        var riffPart = start[..Math.Min(4, start.Length)];
        if (!riffPart.SequenceEqual(riff[..riffPart.Length]))
        {
            return false;
        }
        var wavePart = start.Length > 8 ? start[8..] : [];
        return wavePart.SequenceEqual(wave[..wavePart.Length]);
    }

    private static void Skip(Stream stream, long count, string name, string what)
    {
        if (count == 0)
        {
            return;
        }
        if (stream.CanSeek)
        {
            if (stream.Length - stream.Position < count)
            {
                throw EndsInside(name, what);
            }
            stream.Seek(count, SeekOrigin.Current);
            return;
        }
        var buffer = new byte[(int)Math.Min(count, 81920)];
        while (count > 0)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
            if (n == 0)
            {
                throw EndsInside(name, what);
            }
            count -= n;
        }
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string name, string what)
    {
        if (stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) < buffer.Length)
        {
            throw EndsInside(name, what);
        }
    }

    private static string Printable(ReadOnlySpan<byte> id)
    {
        Span<char> chars = stackalloc char[id.Length];
        for (var i = 0; i < id.Length; i++)
        {
            chars[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        }
        return new string(chars);
    }

    private static InvalidWavException EndsInside(string name, string what) =>
        new(WavProblemKind.Truncated, $"{name}: file ends inside the {what}.");

    private static InvalidWavException TooLong(string name, long bytes) =>
        new(WavProblemKind.TooLong, $"{name}: {bytes} bytes of samples; more than 2 GiB is not supported.");
}
