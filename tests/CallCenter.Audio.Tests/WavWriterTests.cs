using System.Buffers.Binary;
using System.Text;

namespace CallCenter.Audio.Tests;

public class WavWriterTests
{
    [Test]
    public void ToBytes_Telephony_WritesTheCanonicalFortyFourByteHeader()
    {
        var audio = new WavAudio(WavFormat.Telephony, new byte[16000]);

        var bytes = WavWriter.ToBytes(audio);

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.ASCII.GetString(bytes, 0, 4), Is.EqualTo("RIFF"));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)), Is.EqualTo(36 + 16000));
            Assert.That(Encoding.ASCII.GetString(bytes, 8, 8), Is.EqualTo("WAVEfmt "));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)), Is.EqualTo(16));
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)), Is.EqualTo(1), "format tag");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)), Is.EqualTo(1), "channels");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24)), Is.EqualTo(8000), "sample rate");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(28)), Is.EqualTo(16000), "byte rate");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(32)), Is.EqualTo(2), "block align");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34)), Is.EqualTo(16), "bits");
            Assert.That(Encoding.ASCII.GetString(bytes, 36, 4), Is.EqualTo("data"));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)), Is.EqualTo(16000));
            Assert.That(bytes, Has.Length.EqualTo(44 + 16000));
        });
    }

    [Test]
    public void ToBytes_Float_WritesFormatTagThree()
    {
        var audio = new WavAudio(new WavFormat(8000, 1, 32, WavEncoding.IeeeFloat), new byte[8]);

        var bytes = WavWriter.ToBytes(audio);

        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)), Is.EqualTo(3));
    }

    [Test]
    public void ToBytes_OddNumberOfDataBytes_PadsTheChunkButDeclaresTheRealSize()
    {
        var audio = new WavAudio(new WavFormat(8000, 1, 8), new byte[] { 1, 2, 3 });

        var bytes = WavWriter.ToBytes(audio);

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(44 + 4));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)), Is.EqualTo(3));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)), Is.EqualTo(bytes.Length - 8));
        });
    }

    [Test]
    public void ToBytes_PartialFrame_IsRefused()
    {
        var audio = new WavAudio(new WavFormat(8000, 2, 16), new byte[6]);

        Assert.That(() => WavWriter.ToBytes(audio), Throws.ArgumentException.With.Message.Contains("frames"));
    }

    [TestCase(12, WavEncoding.Pcm)]
    [TestCase(16, WavEncoding.IeeeFloat)]
    public void ToBytes_SampleSizeNoReaderUnderstands_IsRefused(int bits, WavEncoding encoding)
    {
        var audio = new WavAudio(new WavFormat(8000, 1, bits, encoding), new byte[4]);

        Assert.That(() => WavWriter.ToBytes(audio), Throws.ArgumentException);
    }

    [Test]
    public void Write_Path_LeavesOnlyTheFinishedFile()
    {
        var directory = Directory.CreateTempSubdirectory("callcenter-audio-");
        try
        {
            var path = Path.Combine(directory.FullName, "prompts", "en", "beep.wav");

            WavWriter.Write(path, ToneGenerator.Sine(1000, TimeSpan.FromMilliseconds(250)));

            Assert.That(
                Directory.GetFiles(directory.FullName, "*", SearchOption.AllDirectories),
                Is.EqualTo(new[] { path }));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Write_PathThatExists_ReplacesTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("callcenter-audio-");
        try
        {
            var path = Path.Combine(directory.FullName, "welcome.wav");
            WavWriter.Write(path, ToneGenerator.Silence(TimeSpan.FromSeconds(2)));
            var replacement = ToneGenerator.Sine(440, TimeSpan.FromMilliseconds(100));

            WavWriter.Write(path, replacement);

            Assert.That(File.ReadAllBytes(path), Is.EqualTo(WavWriter.ToBytes(replacement)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Write_InvalidAudio_LeavesNoTemporaryFileBehind()
    {
        var directory = Directory.CreateTempSubdirectory("callcenter-audio-");
        try
        {
            var path = Path.Combine(directory.FullName, "broken.wav");

            Assert.Multiple(() =>
            {
                Assert.That(() => WavWriter.Write(path, new WavAudio(new WavFormat(8000, 2, 16), new byte[3])), Throws.ArgumentException);
                Assert.That(Directory.GetFiles(directory.FullName), Is.Empty);
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
