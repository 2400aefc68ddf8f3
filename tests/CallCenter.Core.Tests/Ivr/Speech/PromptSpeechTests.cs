using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Ivr.Speech;

/// <summary>What both languages share: refusals of values that cannot be spoken, and the prompt set.</summary>
public sealed class PromptSpeechTests
{
    private static readonly string[] Languages = ["en", "zh"];

    private readonly PromptSpeech speech = new();

    [Test]
    public void Languages_AreEnglishAndMandarin() =>
        Assert.That(speech.Languages, Is.EquivalentTo(Languages));

    [TestCase(-1)]
    [TestCase(long.MinValue)]
    public void Number_Negative_IsOutOfRange(long value) =>
        Assert.That(() => speech.Number(value, "en"), Throws.TypeOf<ArgumentOutOfRangeException>()
            .With.Message.Contains("from 0 to 99,999,999").And.Property("ParamName").EqualTo("value"));

    [TestCase(PromptSpeech.MaxNumber + 1)]
    [TestCase(long.MaxValue)]
    public void Number_AHundredMillionOrMore_IsOutOfRange(long value) =>
        Assert.That(() => speech.Number(value, "zh"), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase("-0.01")]
    [TestCase("-12")]
    [TestCase("100000000")]
    [TestCase("99999999.995")]
    public void Money_NegativeOrAbsurd_IsOutOfRange(string amount) =>
        Assert.That(
            () => speech.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "en"),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("amount"));

    [Test]
    public void Money_DecimalMaxValue_IsOutOfRange() =>
        Assert.That(() => speech.Money(decimal.MaxValue, "zh"), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase("12a4")]
    [TestCase("-12")]
    [TestCase("1 2")]
    [TestCase("１２")]
    public void Digits_NotOnlyDigits_IsRefusedWithoutRepeatingThem(string digits) =>
        Assert.That(() => speech.Digits(digits, "en"), Throws.ArgumentException
            .With.Message.Contains("not one").And.Message.Not.Contains(digits));

    [Test]
    public void Digits_Empty_IsRefused() =>
        Assert.That(() => speech.Digits("", "zh"), Throws.ArgumentException.With.Message.Contains("no digits"));

    [Test]
    public void Digits_LongerThanAnyNumberACallerKeys_IsOutOfRange() =>
        Assert.That(() => speech.Digits(new string('1', PromptSpeech.MaxDigits + 1), "en"), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Digits_AsLongAsAllowed_AreAllSpoken() =>
        Assert.That(speech.Digits(new string('1', PromptSpeech.MaxDigits), "en"), Has.Count.EqualTo(PromptSpeech.MaxDigits));

    [TestCase("fr")]
    [TestCase("")]
    [TestCase("en-GB")]
    public void AnyValue_InALanguageWithoutRules_IsRefusedNamingTheKnownOnes(string language) =>
        Assert.That(() => speech.Number(1, language), Throws.ArgumentException.With.Message.Contains("known: en, zh"));

    [TestCase("EN")]
    [TestCase("Zh")]
    public void Language_IsMatchedWithoutRegardToCase(string language) =>
        Assert.That(speech.Number(1, language), Is.EqualTo(new[] { SpeechPrompts.Number(1) }));

    [Test]
    public void EveryPromptSpoken_IsOneOfTheSpeechPrompts()
    {
        var known = SpeechPrompts.All.ToHashSet();
        var spoken = new HashSet<string>();
        foreach (var language in Languages)
        {
            foreach (var value in SampleNumbers())
            {
                spoken.UnionWith(speech.Number(value, language));
                spoken.UnionWith(speech.Money(value / 100m, language));
            }
            spoken.UnionWith(speech.Digits("0123456789", language));
            for (var day = new DateOnly(2028, 1, 1); day.Year == 2028; day = day.AddDays(1))
            {
                spoken.UnionWith(speech.Date(day, language));
            }
        }

        Assert.That(spoken.Except(known), Is.Empty);
    }

    [Test]
    public void SpeechPrompts_AreEachNamedOnce() =>
        Assert.That(SpeechPrompts.All, Is.Unique);

    private static IEnumerable<long> SampleNumbers()
    {
        for (long n = 0; n <= 25_000; n++)
        {
            yield return n;
        }
        for (long n = 25_000; n <= PromptSpeech.MaxNumber; n = n * 3 + 7)
        {
            yield return n;
        }
        yield return PromptSpeech.MaxNumber;
    }
}
