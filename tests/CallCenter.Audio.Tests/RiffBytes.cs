using System.Buffers.Binary;
using System.Text;

namespace CallCenter.Audio.Tests;

/// <summary>Hand-built RIFF files, including the odd and broken ones real writers produce.</summary>
internal sealed class RiffBytes
{
    private readonly MemoryStream body = new();

    public static byte[] Fmt(int tag, int channels, int rate, int bits, int extraBytes = 0)
    {
        var fmt = new byte[16 + extraBytes];
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, (ushort)tag);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteInt32LittleEndian(fmt.AsSpan(4), rate);
        BinaryPrimitives.WriteInt32LittleEndian(fmt.AsSpan(8), rate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), (ushort)bits);
        return fmt;
    }

    public static byte[] ExtensibleFmt(int subFormatTag, int channels, int rate, int bits)
    {
        var fmt = Fmt(0xFFFE, channels, rate, bits, extraBytes: 24);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(18), (ushort)bits);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(24), (ushort)subFormatTag);
        // The rest of KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT: 00000000-0010-8000-00AA00389B71.
        new byte[] { 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71 }.CopyTo(fmt, 26);
        return fmt;
    }

    public RiffBytes Chunk(string id, byte[] content, uint? declaredSize = null, bool pad = true)
    {
        body.Write(Encoding.ASCII.GetBytes(id));
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, declaredSize ?? (uint)content.Length);
        body.Write(size);
        body.Write(content);
        if (pad && content.Length % 2 == 1)
        {
            body.WriteByte(0);
        }
        return this;
    }

    public RiffBytes Raw(params byte[] bytes)
    {
        body.Write(bytes);
        return this;
    }

    public byte[] ToArray(string riff = "RIFF", string wave = "WAVE")
    {
        var content = body.ToArray();
        var file = new byte[12 + content.Length];
        Encoding.ASCII.GetBytes(riff).CopyTo(file, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(4 + content.Length));
        Encoding.ASCII.GetBytes(wave).CopyTo(file, 8);
        content.CopyTo(file, 12);
        return file;
    }
}
