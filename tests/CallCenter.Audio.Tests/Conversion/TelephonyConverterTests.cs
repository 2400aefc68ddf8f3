using CallCenter.Audio.Conversion;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Tests.Conversion;

public class TelephonyConverterTests
{
    private static readonly int[] SourceRates = [22050, 44100, 48000, 16000, 11025, 6000];

    private static readonly WavFormat[] SampleTypes =
    [
        new(0, 1, 8),
        new(0, 1, 16),
        new(0, 1, 24),
        new(0, 1, 32),
        new(0, 1, 32, WavEncoding.IeeeFloat),
        new(0, 1, 64, WavEncoding.IeeeFloat),
    ];

    public static IEnumerable<TestCaseData> EverySourceFormat() =>
        from rate in SourceRates
        from type in SampleTypes
        from channels in new[] { 1, 2 }
        let format = type with { SampleRate = rate, Channels = channels }
        select new TestCaseData(format).SetArgDisplayNames(format.ToString());

    [TestCaseSource(nameof(EverySourceFormat))]
    public void Convert_OneKilohertzSine_KeepsItsFrequency(WavFormat source)
    {
        var audio = OneSecondSine(source, 1000, 0.5);

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(converted), 8000), Is.EqualTo(1000).Within(0.5));
    }

    [TestCaseSource(nameof(EverySourceFormat))]
    public void Convert_OneKilohertzSine_KeepsItsLevel(WavFormat source)
    {
        var audio = OneSecondSine(source, 1000, 0.5);

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        var level = SignalMeasure.AmplitudeAt(SignalMeasure.Middle(converted), 1000, 8000);
        Assert.That(SignalMeasure.Db(level / 0.5), Is.EqualTo(0).Within(0.1));
    }

    [TestCaseSource(nameof(EverySourceFormat))]
    public void Convert_OneSecond_BecomesExactlyOneSecondAtEightKilohertz(WavFormat source)
    {
        var audio = OneSecondSine(source, 1000, 0.5);

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Data.Length / 2, Is.EqualTo(8000));
    }

    [TestCaseSource(nameof(EverySourceFormat))]
    public void Convert_AnySource_GivesTheTelephonyFormat(WavFormat source)
    {
        var audio = OneSecondSine(source, 1000, 0.5);

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Format, Is.EqualTo(WavFormat.Telephony));
    }

    [TestCase(22050, 12345, 4479)]
    [TestCase(44100, 1001, 182)]
    [TestCase(48000, 7, 1)]
    [TestCase(11025, 11025 * 3 + 1, 24001)]
    [TestCase(6000, 3, 4)]
    public void Convert_OddLength_KeepsItsDurationToTheNearestSample(int rate, int inputSamples, int expectedSamples)
    {
        var audio = TestSignals.Mono(new WavFormat(rate, 1, 16), TestSignals.Sine(440, inputSamples, rate));

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Data.Length / 2, Is.EqualTo(expectedSamples));
    }

    [TestCase(48000, 6000)]
    [TestCase(48000, 12000)]
    [TestCase(44100, 4500)]
    [TestCase(44100, 15000)]
    [TestCase(22050, 5000)]
    [TestCase(22050, 10000)]
    [TestCase(16000, 4200)]
    [TestCase(16000, 7000)]
    public void Convert_ToneAboveTheNewNyquist_IsAttenuatedInsteadOfAliased(int rate, double frequency)
    {
        var audio = TestSignals.Mono(new WavFormat(rate, 1, 32, WavEncoding.IeeeFloat), TestSignals.Sine(frequency, rate, rate));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        var inputRms = 0.5 / Math.Sqrt(2);
        var attenuation = -SignalMeasure.Db(Math.Max(SignalMeasure.Rms(SignalMeasure.Middle(converted)), 1e-12) / inputRms);
        Assert.That(attenuation, Is.GreaterThanOrEqualTo(60));
    }

    [TestCase(44100, 300)]
    [TestCase(44100, 3400)]
    [TestCase(22050, 3400)]
    [TestCase(48000, 3400)]
    [TestCase(6000, 2500)]
    public void Convert_ToneInsideTheTelephoneBand_PassesAtFullLevel(int rate, double frequency)
    {
        var audio = TestSignals.Mono(new WavFormat(rate, 1, 32, WavEncoding.IeeeFloat), TestSignals.Sine(frequency, rate, rate));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        var level = SignalMeasure.AmplitudeAt(SignalMeasure.Middle(converted), frequency, 8000);
        Assert.That(SignalMeasure.Db(level / 0.5), Is.EqualTo(0).Within(0.05));
    }

    [TestCase(44100, 24, 2)]
    [TestCase(22050, 16, 1)]
    [TestCase(48000, 32, 1)]
    public void Convert_Silence_StaysDigitalSilence(int rate, int bits, int channels)
    {
        var format = new WavFormat(rate, channels, bits);
        var silence = Enumerable.Range(0, channels).Select(_ => TestSignals.Constant(0, rate)).ToArray();

        var converted = TelephonyConverter.Convert(TestSignals.Encode(format, silence));

        Assert.That(converted.Data.ToArray(), Is.All.EqualTo(0));
    }

    [Test]
    public void Convert_EightBitSilence_StaysDigitalSilence()
    {
        var audio = TestSignals.Mono(new WavFormat(22050, 1, 8), TestSignals.Constant(0, 22050));

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Data.ToArray(), Is.All.EqualTo(0));
    }

    [TestCase(1.5, short.MaxValue)]
    [TestCase(-1.5, short.MinValue)]
    [TestCase(1.0, short.MaxValue)]
    public void Convert_OverRangeFloat_SaturatesAtTheEndOfTheRange(double value, short expected)
    {
        var audio = TestSignals.Mono(new WavFormat(8000, 1, 32, WavEncoding.IeeeFloat), TestSignals.Constant(value, 100));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        Assert.That(converted.Select(s => SampleEncoder.Quantize(s)), Is.All.EqualTo(expected));
    }

    [Test]
    public void Convert_ResampledToneBeyondFullScale_ClipsWithoutWrapping()
    {
        // 1 kHz at 8 kHz puts every crest on a sample: n % 8 == 2 is the top, n % 8 == 6 the bottom.
        var audio = TestSignals.Mono(new WavFormat(48000, 1, 32, WavEncoding.IeeeFloat), TestSignals.Sine(1000, 48000, 48000, amplitude: 1.8));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        var middle = Enumerable.Range(800, 6400);
        Assert.Multiple(() =>
        {
            Assert.That(middle.Where(n => n % 8 == 2).Select(n => SampleEncoder.Quantize(converted[n])), Is.All.EqualTo(short.MaxValue));
            Assert.That(middle.Where(n => n % 8 == 6).Select(n => SampleEncoder.Quantize(converted[n])), Is.All.EqualTo(short.MinValue));
        });
    }

    [Test]
    public void Convert_TelephonyAudio_ComesBackUnchanged()
    {
        var audio = ToneGenerator.Sine(1000, TimeSpan.FromMilliseconds(300));

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Data.ToArray(), Is.EqualTo(audio.Data.ToArray()));
    }

    [Test]
    public void Convert_Stereo_AveragesTheChannels()
    {
        var audio = TestSignals.Encode(new WavFormat(8000, 2, 16), TestSignals.Constant(0.5, 80), TestSignals.Constant(0.25, 80));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio));

        Assert.That(converted.Select(s => SampleEncoder.Quantize(s)), Is.All.EqualTo((short)12288));
    }

    [Test]
    public void Convert_StereoInOppositePhase_CancelsToSilence()
    {
        var tone = TestSignals.Sine(1000, 44100, 44100);
        var inverted = tone.Select(s => -s).ToArray();
        var audio = TestSignals.Encode(new WavFormat(44100, 2, 16), tone, inverted);

        var converted = TelephonyConverter.Convert(audio);

        Assert.That(converted.Data.ToArray(), Is.All.EqualTo(0));
    }

    [Test]
    public void Convert_WithPeakTarget_BringsThePeakToTheTarget()
    {
        var audio = TestSignals.Mono(new WavFormat(22050, 1, 16), TestSignals.Sine(1000, 22050, 22050, amplitude: 0.1));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio, VolumeTarget.Peak(-3)));

        Assert.That(SignalMeasure.Db(SignalMeasure.Peak(converted)), Is.EqualTo(-3).Within(0.01));
    }

    [Test]
    public void Convert_LoudFloatWithPeakTarget_IsScaledDownBeforeItCanClip()
    {
        var audio = TestSignals.Mono(new WavFormat(48000, 1, 32, WavEncoding.IeeeFloat), TestSignals.Sine(1000, 48000, 48000, amplitude: 4));

        var converted = SampleDecoder.DecodeMono(TelephonyConverter.Convert(audio, VolumeTarget.Peak(-1)));

        // Clipped, the tone would be a square wave at full scale with a fundamental above 0 dBFS.
        var level = SignalMeasure.AmplitudeAt(SignalMeasure.Middle(converted), 1000, 8000);
        Assert.Multiple(() =>
        {
            Assert.That(SignalMeasure.Db(SignalMeasure.Peak(converted)), Is.EqualTo(-1).Within(0.01));
            Assert.That(SignalMeasure.Db(level), Is.InRange(-2.0, -1.0));
        });
    }

    private static WavAudio OneSecondSine(WavFormat format, double frequency, double amplitude)
    {
        var tone = TestSignals.Sine(frequency, format.SampleRate, format.SampleRate, amplitude);
        return TestSignals.Encode(format, Enumerable.Repeat(tone, format.Channels).ToArray());
    }
}
