using CallCenter.Audio.Checks;

namespace CallCenter.Audio.Tests.Checks;

public class WavCheckTests
{
    private static readonly WavFormat Telephony = WavFormat.Telephony;

    [Test]
    public void Run_GoodPrompt_FindsNothing()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(1000, 8000, 8000));

        Assert.That(Check(bytes), Is.Empty);
    }

    [Test]
    public void Run_ZeroByteFile_ReportsEmpty()
    {
        Assert.That(Kinds(Check([])), Is.EqualTo(new[] { WavProblemKind.Empty }));
    }

    [Test]
    public void Run_WavWithoutSamples_ReportsEmpty()
    {
        Assert.That(Kinds(Check(Wav(Telephony, []))), Is.EqualTo(new[] { WavProblemKind.Empty }));
    }

    [Test]
    public void Run_TextFile_ReportsNotRiffWaveWithoutRepeatingTheName()
    {
        var problems = WavCheck.Run(new MemoryStream("welcome: Welcome!\n"u8.ToArray()), "welcome.wav");

        Assert.That(problems, Is.EqualTo(new[] { new WavProblem(WavProblemKind.NotRiffWave, "not a RIFF/WAVE file.") }));
    }

    [Test]
    public void Run_FileCutInsideTheHeader_ReportsTruncated()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(1000, 8000, 8000));

        Assert.That(Kinds(Check(bytes[..30])), Is.EqualTo(new[] { WavProblemKind.Truncated }));
    }

    [Test]
    public void Run_FileCutInsideTheSamples_ReportsTruncatedAndHowMuchIsThere()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(1000, 8000, 8000));

        var problems = Check(bytes[..(44 + 8000)]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.Truncated, "it is cut short: its header promises more audio than the 0.500 s it holds."),
        }));
    }

    [Test]
    public void Run_NoDataChunk_ReportsMalformed()
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(1, 1, 8000, 16)).ToArray();

        Assert.That(Kinds(Check(bytes)), Is.EqualTo(new[] { WavProblemKind.Malformed }));
    }

    [Test]
    public void Run_ALawFile_ReportsUnsupportedEncoding()
    {
        var bytes = new RiffBytes().Chunk("fmt ", RiffBytes.Fmt(6, 1, 8000, 8)).Chunk("data", new byte[8000]).ToArray();

        Assert.That(Kinds(Check(bytes)), Is.EqualTo(new[] { WavProblemKind.UnsupportedEncoding }));
    }

    [Test]
    public void Run_SpeechSynthesizerRate_ReportsWrongSampleRatePlainly()
    {
        var bytes = Wav(new WavFormat(22050, 1, 16), TestSignals.Sine(1000, 22050, 22050));

        Assert.That(Check(bytes), Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.WrongSampleRate, "it is sampled at 22050 Hz; expected 8000 Hz."),
        }));
    }

    [Test]
    public void Run_Stereo_ReportsNotMono()
    {
        var tone = TestSignals.Sine(1000, 8000, 8000);
        var bytes = WavWriter.ToBytes(TestSignals.Encode(new WavFormat(8000, 2, 16), tone, tone));

        Assert.That(Check(bytes), Is.EqualTo(new[] { new WavProblem(WavProblemKind.NotMono, "it has 2 channels; expected mono.") }));
    }

    [TestCase(8, WavEncoding.Pcm, "its samples are 8-bit; expected 16-bit.")]
    [TestCase(24, WavEncoding.Pcm, "its samples are 24-bit; expected 16-bit.")]
    [TestCase(32, WavEncoding.IeeeFloat, "its samples are 32-bit float; expected 16-bit PCM.")]
    public void Run_OtherSampleType_ReportsNot16Bit(int bits, WavEncoding encoding, string message)
    {
        var bytes = Wav(new WavFormat(8000, 1, bits, encoding), TestSignals.Sine(1000, 8000, 8000));

        Assert.That(Check(bytes), Is.EqualTo(new[] { new WavProblem(WavProblemKind.Not16Bit, message) }));
    }

    [Test]
    public void Run_CdQualityFile_ReportsEveryFormatProblemAtOnce()
    {
        var tone = TestSignals.Sine(1000, 44100, 44100);
        var bytes = WavWriter.ToBytes(TestSignals.Encode(new WavFormat(44100, 2, 24), tone, tone));

        Assert.That(
            Kinds(Check(bytes)),
            Is.EqualTo(new[] { WavProblemKind.WrongSampleRate, WavProblemKind.NotMono, WavProblemKind.Not16Bit }));
    }

    [Test]
    public void Run_ShorterThanTheMinimum_ReportsTooShort()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(1000, 400, 8000));

        Assert.That(Check(bytes), Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.TooShort, "it lasts 0.050 s; expected at least 0.100 s."),
        }));
    }

    [Test]
    public void Run_LongerThanTheMaximum_ReportsTooLongWithoutExaminingTheSamples()
    {
        var bytes = Wav(Telephony, new double[16000]);

        var problems = WavCheck.Run(new MemoryStream(bytes), options: new WavCheckOptions { MaxDuration = TimeSpan.FromSeconds(1) });

        Assert.That(problems, Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.TooLong, "it lasts 2.000 s; expected at most 1.000 s."),
        }));
    }

    [Test]
    public void Run_AllZeros_ReportsEntirelySilent()
    {
        var bytes = Wav(Telephony, new double[8000]);

        Assert.That(Check(bytes), Is.EqualTo(new[] { new WavProblem(WavProblemKind.MostlySilent, "it is entirely silent.") }));
    }

    [Test]
    public void Run_ShortSoundInLongSilence_ReportsMostlySilent()
    {
        var bytes = Wav(Telephony, [.. TestSignals.Sine(1000, 800, 8000), .. new double[15200]]);

        Assert.That(Check(bytes), Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.MostlySilent, "it is mostly silent: 95% of it is below -50 dBFS."),
        }));
    }

    [Test]
    public void Run_HissBelowTheSilenceThreshold_ReportsMostlySilent()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(3000, 8000, 8000, amplitude: 0.002));

        Assert.That(Kinds(Check(bytes)), Is.EqualTo(new[] { WavProblemKind.MostlySilent }));
    }

    [Test]
    public void Run_SpeechWithNaturalPauses_IsNotMostlySilent()
    {
        var bytes = Wav(Telephony, [.. new double[2000], .. TestSignals.Sine(300, 8000, 8000), .. new double[6000]]);

        Assert.That(Check(bytes), Is.Empty);
    }

    [Test]
    public void Run_FlatToppedWaveform_ReportsClippedWithWhereItStarts()
    {
        var bytes = Wav(Telephony, [.. new double[4000], .. TestSignals.Sine(250, 8000, 8000, amplitude: 1.5)]);

        var problems = Check(bytes);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new WavProblem(WavProblemKind.Clipped, "it is clipped in 500 places (the waveform sits at full scale), first at 0.500 s."),
        }));
    }

    [Test]
    public void Run_PeaksThatJustTouchFullScale_AreNotClipping()
    {
        var bytes = Wav(Telephony, TestSignals.Sine(1000, 8000, 8000, amplitude: 1));

        Assert.That(Check(bytes), Is.Empty);
    }

    [TestCase(8, WavEncoding.Pcm)]
    [TestCase(24, WavEncoding.Pcm)]
    [TestCase(32, WavEncoding.Pcm)]
    [TestCase(32, WavEncoding.IeeeFloat)]
    public void Run_ClippedInAnySampleType_ReportsClipped(int bits, WavEncoding encoding)
    {
        var bytes = Wav(new WavFormat(8000, 1, bits, encoding), TestSignals.Sine(250, 8000, 8000, amplitude: 1.5));

        Assert.That(Kinds(Check(bytes)), Does.Contain(WavProblemKind.Clipped));
    }

    [Test]
    public void Run_OneClippedChannel_ReportsClipped()
    {
        var clipped = TestSignals.Sine(250, 8000, 8000, amplitude: 1.5);
        var quiet = TestSignals.Sine(250, 8000, 8000, amplitude: 0.1);
        var bytes = WavWriter.ToBytes(TestSignals.Encode(new WavFormat(8000, 2, 16), clipped, quiet));

        Assert.That(Kinds(Check(bytes)), Is.EqualTo(new[] { WavProblemKind.NotMono, WavProblemKind.Clipped }));
    }

    [Test]
    public void Run_ForwardOnlyStream_IsChecked()
    {
        var bytes = Wav(new WavFormat(16000, 1, 16), new double[16000]);

        var problems = WavCheck.Run(new ForwardOnlyStream(bytes));

        Assert.That(Kinds(problems), Is.EqualTo(new[] { WavProblemKind.WrongSampleRate, WavProblemKind.MostlySilent }));
    }

    [Test]
    public void Run_Path_ChecksTheFile()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, Wav(Telephony, new double[8000]));
        try
        {
            Assert.That(Kinds(WavCheck.Run(path)), Is.EqualTo(new[] { WavProblemKind.MostlySilent }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Wav(WavFormat format, double[] samples) => WavWriter.ToBytes(TestSignals.Mono(format, samples));

    private static IReadOnlyList<WavProblem> Check(byte[] bytes) => WavCheck.Run(new MemoryStream(bytes));

    private static WavProblemKind[] Kinds(IEnumerable<WavProblem> problems) => problems.Select(p => p.Kind).ToArray();
}
