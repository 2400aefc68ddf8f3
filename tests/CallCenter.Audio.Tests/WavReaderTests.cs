using CallCenter.Audio.Checks;

namespace CallCenter.Audio.Tests;

public class WavReaderTests
{
    private static readonly byte[] FourSamples = [1, 0, 2, 0, 3, 0, 4, 0];

    [Test]
    public void ReadInfo_CanonicalFile_ReportsFormatAndWhereTheSamplesAre()
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).Chunk("data", FourSamples).ToArray();

        var info = WavReader.ReadInfo(new MemoryStream(bytes));

        Assert.That(info, Is.EqualTo(new WavInfo(WavFormat.Telephony, 44, 8)));
    }

    public static IEnumerable<WavFormat> EveryFormat() =>
    [
        new(8000, 1, 8),
        new(8000, 1, 16),
        new(44100, 2, 24),
        new(48000, 2, 32),
        new(22050, 1, 32, WavEncoding.IeeeFloat),
        new(16000, 6, 64, WavEncoding.IeeeFloat),
    ];

    [TestCaseSource(nameof(EveryFormat))]
    public void Read_WhatWavWriterWrote_ComesBackTheSame(WavFormat format)
    {
        var data = Enumerable.Range(0, format.BlockAlign * 5).Select(i => (byte)(i * 37)).ToArray();
        var bytes = WavWriter.ToBytes(new WavAudio(format, data));

        var audio = WavReader.Read(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(audio.Format, Is.EqualTo(format));
            Assert.That(audio.Data.ToArray(), Is.EqualTo(data));
        });
    }

    [TestCase(1, WavEncoding.Pcm, 24)]
    [TestCase(3, WavEncoding.IeeeFloat, 32)]
    public void ReadInfo_ExtensibleFormat_TakesTheEncodingFromTheSubFormat(int subFormat, WavEncoding expected, int bits)
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.ExtensibleFmt(subFormat, 2, 48000, bits))
            .Chunk("data", new byte[bits / 8 * 2 * 3])
            .ToArray();

        var info = WavReader.ReadInfo(new MemoryStream(bytes));

        Assert.That(info.Format, Is.EqualTo(new WavFormat(48000, 2, bits, expected)));
    }

    [Test]
    public void Read_OddSizedChunkBeforeData_IsSkippedWithItsPadByte()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("LIST", [(byte)'I', (byte)'N', (byte)'F'])
            .Chunk("data", FourSamples)
            .ToArray();

        var audio = WavReader.Read(new MemoryStream(bytes));

        Assert.That(audio.Data.ToArray(), Is.EqualTo(FourSamples));
    }

    [Test]
    public void Read_OddSizedFmtChunk_IsSkippedWithItsPadByte()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16, extraBytes: 3))
            .Chunk("data", FourSamples)
            .ToArray();

        var audio = WavReader.Read(new MemoryStream(bytes));

        Assert.That(audio.Data.ToArray(), Is.EqualTo(FourSamples));
    }

    [Test]
    public void Read_ForwardOnlyStream_ReadsTheSamples()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("LIST", new byte[100])
            .Chunk("data", FourSamples)
            .ToArray();

        var audio = WavReader.Read(new ForwardOnlyStream(bytes));

        Assert.That(audio.Data.ToArray(), Is.EqualTo(FourSamples));
    }

    [Test]
    public void Read_ForwardOnlyStreamWithPlaceholderSize_ReadsUntilTheEnd()
    {
        // What `espeak-ng --stdout` writes: it cannot seek back to put the real size in.
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 22050, 16))
            .Chunk("data", FourSamples, declaredSize: 0x7FFFF000)
            .ToArray();

        var audio = WavReader.Read(new ForwardOnlyStream(bytes));

        Assert.That(audio.Data.ToArray(), Is.EqualTo(FourSamples));
    }

    [TestCase(0x7FFFF000u)]
    [TestCase(0xFFFFFFFFu)]
    public void ReadInfo_PlaceholderDataSize_TakesTheRestOfTheFileWithoutCallingItTruncated(uint placeholder)
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("data", FourSamples, declaredSize: placeholder)
            .ToArray();

        var info = WavReader.ReadInfo(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(info.DataLength, Is.EqualTo(8));
            Assert.That(info.IsTruncated, Is.False);
        });
    }

    [Test]
    public void ReadInfo_ZeroDataSize_TakesTheRestOfTheFile()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("data", FourSamples, declaredSize: 0)
            .ToArray();

        var info = WavReader.ReadInfo(new MemoryStream(bytes));

        Assert.That(info.DataLength, Is.EqualTo(8));
    }

    [Test]
    public void ReadInfo_DataShorterThanDeclared_IsTruncatedAndGivesWhatIsThere()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("data", FourSamples, declaredSize: 16000)
            .ToArray();

        var info = WavReader.ReadInfo(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(info.DataLength, Is.EqualTo(8));
            Assert.That(info.IsTruncated, Is.True);
        });
    }

    [Test]
    public void ReadInfo_StreamPositionedAfterOtherBytes_MeasuresWhatIsLeftFromThere()
    {
        var wav = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("data", FourSamples, declaredSize: 12)
            .ToArray();
        var stream = new MemoryStream([.. new byte[7], .. wav]) { Position = 7 };

        var info = WavReader.ReadInfo(stream);

        Assert.Multiple(() =>
        {
            Assert.That(info.DataLength, Is.EqualTo(8));
            Assert.That(info.IsTruncated, Is.True);
        });
    }

    [Test]
    public void Read_PartialFrameAtTheEnd_IsLeftOut()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 2, 8000, 16))
            .Chunk("data", [1, 2, 3, 4, 5, 6], pad: false)
            .ToArray();

        var audio = WavReader.Read(new MemoryStream(bytes));

        Assert.That(audio.Data.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void ReadInfo_EmptyStream_IsReportedAsEmpty()
    {
        Assert.That(
            () => WavReader.ReadInfo(new MemoryStream()),
            Throws.TypeOf<InvalidWavException>().With.Property(nameof(InvalidWavException.Problem)).EqualTo(WavProblemKind.Empty));
    }

    [TestCase("RIFX", "WAVE")]
    [TestCase("RIFF", "AVI ")]
    [TestCase("OggS", "\0\0\0\0")]
    public void ReadInfo_OtherContainer_IsNotRiffWave(string riff, string wave)
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).ToArray(riff, wave);

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.NotRiffWave));
    }

    [Test]
    public void ReadInfo_TextFile_IsNotRiffWave()
    {
        var bytes = "name: some text\n"u8.ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.NotRiffWave));
    }

    [TestCase(3)]
    [TestCase(10)]
    [TestCase(16)]
    [TestCase(30)]
    public void ReadInfo_FileCutBeforeTheSamples_IsTruncated(int keep)
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).Chunk("data", FourSamples).ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes[..keep])), ThrowsProblem(WavProblemKind.Truncated));
    }

    [Test]
    public void ReadInfo_ChunkBeforeDataRunningPastTheEnd_IsTruncated()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("LIST", new byte[10], declaredSize: 5000)
            .ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.Truncated));
    }

    [Test]
    public void ReadInfo_ForwardOnlyStreamEndingInsideAChunk_IsTruncated()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("LIST", new byte[10], declaredSize: 5000)
            .ToArray();

        Assert.That(() => WavReader.ReadInfo(new ForwardOnlyStream(bytes)), ThrowsProblem(WavProblemKind.Truncated));
    }

    [Test]
    public void ReadInfo_NoDataChunk_IsMalformedAndSaysSo()
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).ToArray();

        Assert.That(
            () => WavReader.ReadInfo(new MemoryStream(bytes), "welcome.wav"),
            ThrowsProblem(WavProblemKind.Malformed).With.Message.EqualTo("welcome.wav: no 'data' chunk."));
    }

    [Test]
    public void ReadInfo_DataBeforeFmt_IsMalformed()
    {
        var bytes = new RiffBytes().Chunk("data", FourSamples).Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.Malformed));
    }

    [Test]
    public void ReadInfo_TwoFmtChunks_IsMalformed()
    {
        var bytes = new RiffBytes()
            .Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16))
            .Chunk("fmt ", RiffBytes.Fmt(1, 2, 44100, 16))
            .Chunk("data", FourSamples)
            .ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.Malformed));
    }

    [Test]
    public void ReadInfo_ShortFmtChunk_IsMalformed()
    {
        var bytes = new RiffBytes().Chunk("fmt ", new byte[14]).Chunk("data", FourSamples).ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.Malformed));
    }

    [TestCase(6, 8, TestName = "ReadInfo_ALaw_IsAnUnsupportedEncoding")]
    [TestCase(7, 8, TestName = "ReadInfo_MuLaw_IsAnUnsupportedEncoding")]
    [TestCase(0x31, 0, TestName = "ReadInfo_Gsm_IsAnUnsupportedEncoding")]
    public void ReadInfo_CompressedFormat_IsAnUnsupportedEncoding(int tag, int bits)
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(tag, 1, 8000, bits)).Chunk("data", FourSamples).ToArray();

        Assert.That(
            () => WavReader.ReadInfo(new MemoryStream(bytes)),
            ThrowsProblem(WavProblemKind.UnsupportedEncoding).With.Message.Contains($"format tag {tag}"));
    }

    [TestCase(1, 12)]
    [TestCase(1, 4)]
    [TestCase(3, 16)]
    public void ReadInfo_UnsupportedSampleSize_IsAnUnsupportedEncoding(int tag, int bits)
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(tag, 1, 8000, bits)).Chunk("data", FourSamples).ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.UnsupportedEncoding));
    }

    [TestCase(0, 8000)]
    [TestCase(1, 0)]
    [TestCase(1, -5)]
    public void ReadInfo_NoChannelsOrNoRate_IsMalformed(int channels, int rate)
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, channels, rate, 16)).Chunk("data", FourSamples).ToArray();

        Assert.That(() => WavReader.ReadInfo(new MemoryStream(bytes)), ThrowsProblem(WavProblemKind.Malformed));
    }

    [Test]
    public void ReadInfo_Failure_NamesTheFile()
    {
        Assert.That(
            () => WavReader.ReadInfo(new MemoryStream("hello"u8.ToArray()), "prompts/en/welcome.wav"),
            Throws.TypeOf<InvalidWavException>().With.Message.StartsWith("prompts/en/welcome.wav: "));
    }

    [Test]
    public void Read_Path_ReadsTheFile()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{Guid.NewGuid():N}.wav");
        var audio = ToneGenerator.Sine(440, TimeSpan.FromMilliseconds(50));
        WavWriter.Write(path, audio);
        try
        {
            var read = WavReader.Read(path);

            Assert.That(read.Data.ToArray(), Is.EqualTo(audio.Data.ToArray()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static NUnit.Framework.Constraints.Constraint ThrowsProblem(WavProblemKind kind) =>
        Throws.TypeOf<InvalidWavException>().With.Property(nameof(InvalidWavException.Problem)).EqualTo(kind);
}
