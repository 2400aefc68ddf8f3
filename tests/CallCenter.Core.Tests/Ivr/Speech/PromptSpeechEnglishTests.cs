using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Ivr.Speech;

public sealed class PromptSpeechEnglishTests
{
    private readonly PromptSpeech speech = new();

    [TestCase(0, "zero")]
    [TestCase(7, "seven")]
    [TestCase(10, "ten")]
    [TestCase(13, "thirteen")]
    [TestCase(19, "nineteen")]
    [TestCase(20, "twenty")]
    [TestCase(21, "twenty one")]
    [TestCase(99, "ninety nine")]
    [TestCase(100, "one hundred")]
    [TestCase(101, "one hundred one")]
    [TestCase(115, "one hundred fifteen")]
    [TestCase(250, "two hundred fifty")]
    [TestCase(999, "nine hundred ninety nine")]
    [TestCase(1000, "one thousand")]
    [TestCase(1005, "one thousand five")]
    [TestCase(1200, "one thousand two hundred")]
    [TestCase(2026, "two thousand twenty six")]
    [TestCase(10_000, "ten thousand")]
    [TestCase(12_345, "twelve thousand three hundred forty five")]
    [TestCase(20_000, "twenty thousand")]
    [TestCase(100_000, "one hundred thousand")]
    [TestCase(110_011, "one hundred ten thousand eleven")]
    [TestCase(1_000_000, "one million")]
    [TestCase(1_000_001, "one million one")]
    [TestCase(1_010_000, "one million ten thousand")]
    [TestCase(1_234_567, "one million two hundred thirty four thousand five hundred sixty seven")]
    [TestCase(20_003_000, "twenty million three thousand")]
    [TestCase(99_999_999, "ninety nine million nine hundred ninety nine thousand nine hundred ninety nine")]
    public void Number_IsSpokenAsAQuantityWithoutAnd(long value, string expected) =>
        Assert.That(SpokenText.Read(speech.Number(value, "en"), "en"), Is.EqualTo(expected));

    [TestCase("0", "zero")]
    [TestCase("7", "seven")]
    [TestCase("40512873", "four zero five one two eight seven three")]
    [TestCase("007", "zero zero seven")]
    public void Digits_AreSpokenOneAtATime(string digits, string expected) =>
        Assert.That(SpokenText.Read(speech.Digits(digits, "en"), "en"), Is.EqualTo(expected));

    [TestCase("12.50", "twelve dollars and fifty cents")]
    [TestCase("1", "one dollar")]
    [TestCase("1.00", "one dollar")]
    [TestCase("0.50", "fifty cents")]
    [TestCase("0.01", "one cent")]
    [TestCase("0", "zero dollars")]
    [TestCase("1.01", "one dollar and one cent")]
    [TestCase("19.99", "nineteen dollars and ninety nine cents")]
    [TestCase("249", "two hundred forty nine dollars")]
    [TestCase("1234.05", "one thousand two hundred thirty four dollars and five cents")]
    [TestCase("99999999.99", "ninety nine million nine hundred ninety nine thousand nine hundred ninety nine dollars and ninety nine cents")]
    public void Money_IsSpokenInDollarsAndCents(string amount, string expected) =>
        Assert.That(SpokenText.Read(speech.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "en"), "en"), Is.EqualTo(expected));

    [TestCase("0.125", "thirteen cents")]
    [TestCase("0.994", "ninety nine cents")]
    [TestCase("0.995", "one dollar")]
    public void Money_BetweenCents_IsRoundedToTheNearestCentHalfUp(string amount, string expected) =>
        Assert.That(SpokenText.Read(speech.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "en"), "en"), Is.EqualTo(expected));

    [TestCase("2026-11-24", "November twenty-fourth")]
    [TestCase("2027-01-01", "January first")]
    [TestCase("2026-02-02", "February second")]
    [TestCase("2026-03-03", "March third")]
    [TestCase("2026-07-11", "July eleventh")]
    [TestCase("2026-08-12", "August twelfth")]
    [TestCase("2026-05-20", "May twentieth")]
    [TestCase("2026-12-31", "December thirty-first")]
    public void Date_IsTheMonthAndTheOrdinalDay(string date, string expected) =>
        Assert.That(SpokenText.Read(speech.Date(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "en"), "en"), Is.EqualTo(expected));
}
