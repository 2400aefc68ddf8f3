using System.Buffers.Binary;

namespace CallCenter.Audio;

/// <summary>Reads RIFF/WAVE files: PCM 8/16/24/32-bit and 32-bit float, any rate and channel count.</summary>
public static class WavReader
{
    public static WavInfo ReadInfo(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadInfo(stream, path);
    }

    public static WavInfo ReadInfo(Stream stream, string name = "stream")
    {
        Span<byte> header = stackalloc byte[12];
        ReadExactly(stream, header, name, "RIFF header");
        if (!header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidWavException($"{name}: not a RIFF/WAVE file.");
        }

        WavFormat? format = null;
        var position = 12L;
        Span<byte> chunkHeader = stackalloc byte[8];
        while (true)
        {
            if (stream.Read(chunkHeader) < 8)
            {
                throw new InvalidWavException(format is null ? $"{name}: no 'fmt ' chunk." : $"{name}: no 'data' chunk.");
            }
            position += 8;
            var id = chunkHeader[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16)
                {
                    throw new InvalidWavException($"{name}: 'fmt ' chunk is {size} bytes, expected at least 16.");
                }
                var fmt = new byte[size];
                ReadExactly(stream, fmt, name, "'fmt ' chunk");
                format = ParseFormat(fmt, name);
                position += size;
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw new InvalidWavException($"{name}: 'data' chunk before 'fmt ' chunk.");
                }
                var length = size;
                if (stream.CanSeek)
                {
                    // Streaming writers leave 0 or 0xFFFFFFFF when they could not go back to fill in the size.
                    var available = stream.Length - position;
                    if (length == 0 || length == uint.MaxValue || length > available)
                    {
                        length = (uint)Math.Max(0, available);
                    }
                }
                var usable = length - length % (uint)Math.Max(1, format.Value.BlockAlign);
                return new WavInfo(format.Value, position, usable);
            }
            else
            {
                var skip = size + (size & 1);
                if (stream.CanSeek)
                {
                    stream.Seek(skip, SeekOrigin.Current);
                }
                else
                {
                    var buffer = new byte[skip];
                    ReadExactly(stream, buffer, name, "chunk");
                }
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
        var data = new byte[info.DataLength];
        var read = 0;
        while (read < data.Length)
        {
            var n = stream.Read(data, read, data.Length - read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        var whole = read - read % Math.Max(1, info.Format.BlockAlign);
        return new WavAudio(info.Format, data.AsMemory(0, whole));
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
            _ => throw new InvalidWavException($"{name}: format tag {tag} is not supported (PCM or IEEE float only)."),
        };
        if (channels == 0 || rate <= 0)
        {
            throw new InvalidWavException($"{name}: {channels} channels at {rate} Hz is not playable audio.");
        }
        var supported = encoding == WavEncoding.Pcm ? bits is 8 or 16 or 24 or 32 : bits == 32;
        if (!supported)
        {
            throw new InvalidWavException($"{name}: {bits}-bit {encoding} samples are not supported.");
        }
        return new WavFormat(rate, channels, bits, encoding);
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string name, string what)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidWavException($"{name}: file ends inside the {what}.");
        }
    }
}
