using System.Buffers.Binary;

namespace CallCenter.Audio;

public static class WavWriter
{
    public static void Write(string path, WavAudio audio)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Write beside and move, so a reader (Asterisk, a browser) never sees half a file.
        // The unique name keeps two writers of the same prompt from sharing one temporary file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                Write(stream, audio);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void Write(Stream stream, WavAudio audio)
    {
        var format = audio.Format;
        Validate(audio);
        var fmtSize = format.Encoding == WavEncoding.Pcm ? 16 : 18;
        Span<byte> header = stackalloc byte[20 + fmtSize + 8];
        var dataLength = audio.Data.Length;
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(header.Length - 8 + dataLength + (dataLength & 1)));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)fmtSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], (ushort)format.Encoding);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)format.ByteRate);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], (ushort)format.BitsPerSample);
        var data = header[(20 + fmtSize)..];
        if (fmtSize == 18)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[36..], 0);
        }
        "data"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data[4..], (uint)dataLength);
        stream.Write(header);
        stream.Write(audio.Data.Span);
        if ((dataLength & 1) == 1)
        {
            stream.WriteByte(0);
        }
    }

    public static byte[] ToBytes(WavAudio audio)
    {
        using var memory = new MemoryStream();
        Write(memory, audio);
        return memory.ToArray();
    }

    private static void Validate(WavAudio audio)
    {
        var format = audio.Format;
        var bitsSupported = format.Encoding == WavEncoding.Pcm
            ? format.BitsPerSample is 8 or 16 or 24 or 32
            : format.BitsPerSample is 32 or 64;
        if (!bitsSupported || format.Channels is < 1 or > ushort.MaxValue || format.SampleRate <= 0)
        {
            throw new ArgumentException($"Cannot write {format} ({format.Channels} channels at {format.SampleRate} Hz).", nameof(audio));
        }
        if (audio.Data.Length % format.BlockAlign != 0)
        {
            throw new ArgumentException(
                $"{audio.Data.Length} bytes of samples is not a whole number of {format.BlockAlign}-byte frames.", nameof(audio));
        }
    }
}
