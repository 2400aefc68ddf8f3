using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Tests.Volume;

public class LevelMeterTests
{
    [Test]
    public void PeakDbfs_HalfScale_IsMinusSixDecibels()
    {
        float[][] channels = [[0.1f, -0.5f, 0.25f]];

        Assert.That(LevelMeter.PeakDbfs(channels), Is.EqualTo(-6.0206).Within(0.001));
    }

    [Test]
    public void PeakDbfs_Silence_IsMinusInfinity()
    {
        Assert.That(LevelMeter.PeakDbfs([new float[100]]), Is.EqualTo(double.NegativeInfinity));
    }

    [Test]
    public void RmsDbfs_Sine_IsThreeDecibelsBelowItsPeak()
    {
        float[][] channels = [Floats(TestSignals.Sine(1000, 8000, 8000, amplitude: 1))];

        Assert.That(LevelMeter.RmsDbfs(channels), Is.EqualTo(-3.0103).Within(0.001));
    }

    [Test]
    public void ActiveRmsDbfs_SpeechWithPauses_IgnoresThePauses()
    {
        var tone = TestSignals.Sine(1000, 8000, 8000, amplitude: 1);
        float[][] channels = [Floats([.. tone, .. new double[16000]])];

        Assert.Multiple(() =>
        {
            Assert.That(LevelMeter.ActiveRmsDbfs(channels, 8000), Is.EqualTo(-3.0103).Within(0.001));
            Assert.That(LevelMeter.RmsDbfs(channels), Is.EqualTo(-3.0103 - 4.7712).Within(0.001));
        });
    }

    [Test]
    public void ActiveRmsDbfs_EverythingBelowTheGate_MeasuresEverything()
    {
        float[][] channels = [Floats(TestSignals.Sine(1000, 8000, 8000, amplitude: 0.001))];

        Assert.That(LevelMeter.ActiveRmsDbfs(channels, 8000), Is.EqualTo(-63.0103).Within(0.001));
    }

    [Test]
    public void SilentFraction_OneSecondOfToneThenThreeOfSilence_IsThreeQuarters()
    {
        var tone = TestSignals.Sine(1000, 8000, 8000);
        float[][] channels = [Floats([.. tone, .. new double[24000]])];

        Assert.That(LevelMeter.SilentFraction(channels, 8000), Is.EqualTo(0.75).Within(0.001));
    }

    private static float[] Floats(double[] samples) => samples.Select(s => (float)s).ToArray();
}
