using CallCenter.Audio.Editing;

namespace CallCenter.Audio.Tests.Editing;

public class AudioJoinerTests
{
    private static readonly WavFormat Telephony = WavFormat.Telephony;

    [Test]
    public void Join_TwoParts_PlaysThemInOrderWithThePauseBetween()
    {
        var first = TestSignals.Mono(Telephony, TestSignals.Constant(0.25, 4));
        var second = TestSignals.Mono(Telephony, TestSignals.Constant(-0.5, 2));

        var joined = AudioJoiner.Join([first, second], TimeSpan.FromMilliseconds(0.375));

        var expected = TestSignals.Mono(Telephony, [.. TestSignals.Constant(0.25, 4), 0, 0, 0, .. TestSignals.Constant(-0.5, 2)]);
        Assert.That(joined.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    [Test]
    public void Join_OnePart_IsThatPart()
    {
        var only = TestSignals.Mono(Telephony, TestSignals.Sine(440, 800, 8000));

        var joined = AudioJoiner.Join([only], TimeSpan.FromMilliseconds(300));

        Assert.That(joined.Data.ToArray(), Is.EqualTo(only.Data.ToArray()));
    }

    [Test]
    public void Join_LastsThePartsAndThePauses()
    {
        var part = TestSignals.Mono(Telephony, TestSignals.Sine(440, 8000, 8000));

        var joined = AudioJoiner.Join([part, part, part], TimeSpan.FromMilliseconds(250));

        Assert.That(joined.Duration, Is.EqualTo(TimeSpan.FromSeconds(3.5)));
    }

    [Test]
    public void Join_EightBitParts_PausesAtTheSilentMidpoint()
    {
        var format = new WavFormat(8000, 1, 8);
        var part = TestSignals.Mono(format, TestSignals.Constant(0.5, 2));

        var joined = AudioJoiner.Join([part, part], TimeSpan.FromMilliseconds(0.25));

        Assert.That(joined.Data.ToArray()[2..4], Is.EqualTo(new byte[] { 0x80, 0x80 }));
    }

    [Test]
    public void Join_DifferentFormats_IsRefusedNamingBoth()
    {
        var narrow = TestSignals.Mono(Telephony, TestSignals.Constant(0, 8));
        var wide = TestSignals.Mono(new WavFormat(16000, 1, 16), TestSignals.Constant(0, 8));

        Assert.That(() => AudioJoiner.Join([narrow, wide], TimeSpan.Zero), Throws.ArgumentException.With.Message.Contains("8000 Hz").And.Message.Contains("16000 Hz"));
    }

    [Test]
    public void Join_NothingToJoin_IsRefused() =>
        Assert.That(() => AudioJoiner.Join([], TimeSpan.Zero), Throws.ArgumentException);
}
