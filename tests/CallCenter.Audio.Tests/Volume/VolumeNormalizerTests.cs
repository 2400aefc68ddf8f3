using CallCenter.Audio.Conversion;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Tests.Volume;

public class VolumeNormalizerTests
{
    [TestCase(0.05, -3)]
    [TestCase(0.9, -6)]
    public void Normalize_ToPeak_BringsThePeakThere(double amplitude, double target)
    {
        var audio = TestSignals.Mono(WavFormat.Telephony, TestSignals.Sine(1000, 8000, 8000, amplitude));

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Peak(target));

        Assert.That(SignalMeasure.Db(SignalMeasure.Peak(SampleDecoder.DecodeMono(normalized))), Is.EqualTo(target).Within(0.01));
    }

    [Test]
    public void Normalize_ToRms_BringsTheActiveLevelThereWhateverThePauses()
    {
        var speech = TestSignals.Sine(700, 8000, 8000, amplitude: 0.05);
        var audio = TestSignals.Mono(WavFormat.Telephony, [.. speech, .. new double[8000], .. speech]);

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Rms(-20));

        Assert.That(LevelMeter.ActiveRmsDbfs(SampleDecoder.DecodeChannels(normalized), 8000), Is.EqualTo(-20).Within(0.01));
    }

    [Test]
    public void Normalize_RmsTargetThatWouldClip_StopsAtThePeakCeiling()
    {
        // A spiky signal: one loud click in quiet tone, so its RMS is far below its peak.
        var samples = TestSignals.Sine(1000, 8000, 8000, amplitude: 0.01);
        samples[4000] = 0.5;
        var audio = TestSignals.Mono(WavFormat.Telephony, samples);

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Rms(-12) with { PeakCeilingDbfs = -1 });

        Assert.That(SignalMeasure.Db(SignalMeasure.Peak(SampleDecoder.DecodeMono(normalized))), Is.EqualTo(-1).Within(0.01));
    }

    [Test]
    public void Normalize_FaintNoise_IsRaisedNoMoreThanTheMaximumGain()
    {
        var audio = TestSignals.Mono(WavFormat.Telephony, TestSignals.Sine(1000, 8000, 8000, amplitude: 0.001));

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Peak(-1) with { MaxGainDb = 20 });

        var peak = SignalMeasure.Peak(SampleDecoder.DecodeMono(normalized));
        Assert.That(SignalMeasure.Db(peak / 0.001), Is.EqualTo(20).Within(0.1));
    }

    [Test]
    public void Normalize_Silence_StaysSilent()
    {
        var audio = ToneGenerator.Silence(TimeSpan.FromSeconds(1));

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Rms(-20));

        Assert.That(normalized.Data.ToArray(), Is.All.EqualTo(0));
    }

    [Test]
    public void Normalize_Stereo_KeepsRateAndChannelsAndTheirBalance()
    {
        var left = TestSignals.Sine(500, 4410, 44100, amplitude: 0.2);
        var right = TestSignals.Sine(500, 4410, 44100, amplitude: 0.1);
        var audio = TestSignals.Encode(new WavFormat(44100, 2, 24), left, right);

        var normalized = VolumeNormalizer.Normalize(audio, VolumeTarget.Peak(-6.0206));

        var channels = SampleDecoder.DecodeChannels(normalized);
        Assert.Multiple(() =>
        {
            Assert.That(normalized.Format, Is.EqualTo(new WavFormat(44100, 2, 16)));
            Assert.That(SignalMeasure.Peak(channels[0]), Is.EqualTo(0.5).Within(0.0005));
            Assert.That(SignalMeasure.Peak(channels[1]), Is.EqualTo(0.25).Within(0.0005));
        });
    }

    [TestCase(0.5)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void VolumeTarget_LevelAboveFullScaleOrNotANumber_IsRefused(double level)
    {
        Assert.That(() => VolumeTarget.Rms(level), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void VolumeTarget_CeilingAboveFullScale_IsRefused()
    {
        Assert.That(() => VolumeTarget.Rms(-20) with { PeakCeilingDbfs = 1 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void VolumeTarget_NegativeMaximumGain_IsRefused()
    {
        Assert.That(() => VolumeTarget.Peak(-3) with { MaxGainDb = -1 }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
