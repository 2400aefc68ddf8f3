using System.Globalization;
using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Ivr.Speech;

public sealed class PromptSpeechMandarinTests
{
    private readonly PromptSpeech speech = new();

    [TestCase(0, "零")]
    [TestCase(2, "二")]
    [TestCase(7, "七")]
    [TestCase(10, "十")]
    [TestCase(11, "十一")]
    [TestCase(12, "十二")]
    [TestCase(19, "十九")]
    [TestCase(20, "二十")]
    [TestCase(22, "二十二")]
    [TestCase(99, "九十九")]
    public void Number_BelowAHundred(long value, string expected) => AssertNumber(value, expected);

    [TestCase(100, "一百")]
    [TestCase(101, "一百零一")]
    [TestCase(110, "一百一十")]
    [TestCase(115, "一百一十五")]
    [TestCase(120, "一百二十")]
    [TestCase(200, "两百")]
    [TestCase(202, "两百零二")]
    [TestCase(222, "两百二十二")]
    [TestCase(999, "九百九十九")]
    public void Number_Hundreds(long value, string expected) => AssertNumber(value, expected);

    [TestCase(1000, "一千")]
    [TestCase(1005, "一千零五")]
    [TestCase(1010, "一千零一十")]
    [TestCase(1015, "一千零一十五")]
    [TestCase(1050, "一千零五十")]
    [TestCase(1100, "一千一百")]
    [TestCase(2000, "两千")]
    [TestCase(2222, "两千两百二十二")]
    [TestCase(2026, "两千零二十六")]
    [TestCase(9999, "九千九百九十九")]
    public void Number_Thousands(long value, string expected) => AssertNumber(value, expected);

    [TestCase(10_000, "一万")]
    [TestCase(10_001, "一万零一")]
    [TestCase(10_010, "一万零一十")]
    [TestCase(10_500, "一万零五百")]
    [TestCase(11_000, "一万一千")]
    [TestCase(12_000, "一万两千")]
    [TestCase(20_000, "两万")]
    [TestCase(22_000, "两万两千")]
    [TestCase(100_000, "十万")]
    [TestCase(100_100, "十万零一百")]
    [TestCase(120_000, "十二万")]
    [TestCase(200_000, "二十万")]
    public void Number_TensOfThousandsCountIn万(long value, string expected) => AssertNumber(value, expected);

    [TestCase(1_000_000, "一百万")]
    [TestCase(1_000_001, "一百万零一")]
    [TestCase(1_010_000, "一百零一万")]
    [TestCase(1_100_000, "一百一十万")]
    [TestCase(1_234_567, "一百二十三万四千五百六十七")]
    [TestCase(2_000_000, "两百万")]
    [TestCase(10_000_000, "一千万")]
    [TestCase(20_000_000, "两千万")]
    [TestCase(30_004_000, "三千万四千")]
    [TestCase(99_999_999, "九千九百九十九万九千九百九十九")]
    public void Number_MillionsAreSaidIn万(long value, string expected) => AssertNumber(value, expected);

    [TestCase("0", "零")]
    [TestCase("1", "一")]
    [TestCase("2", "二")]
    [TestCase("40512873", "四零五一二八七三")]
    [TestCase("1212", "一二一二")]
    public void Digits_AreSpokenOneAtATime(string digits, string expected) =>
        Assert.That(SpokenText.Read(speech.Digits(digits, "zh"), "zh"), Is.EqualTo(expected));

    [TestCase("12.50", "十二元五角")]
    [TestCase("19.99", "十九元九角九分")]
    [TestCase("12.05", "十二元零五分")]
    [TestCase("10.20", "十元两角")]
    [TestCase("0.50", "五角")]
    [TestCase("0.05", "五分")]
    [TestCase("0.25", "两角五分")]
    [TestCase("0", "零元")]
    [TestCase("1", "一元")]
    [TestCase("2", "两元")]
    [TestCase("2.22", "两元两角两分")]
    [TestCase("12", "十二元")]
    [TestCase("200", "两百元")]
    [TestCase("249", "两百四十九元")]
    [TestCase("20000", "两万元")]
    [TestCase("1234.56", "一千两百三十四元五角六分")]
    public void Money_IsSpokenIn元角分(string amount, string expected) =>
        Assert.That(SpokenText.Read(speech.Money(decimal.Parse(amount, CultureInfo.InvariantCulture), "zh"), "zh"), Is.EqualTo(expected));

    [TestCase("2026-11-24", "十一月二十四日")]
    [TestCase("2027-01-01", "一月一日")]
    [TestCase("2026-02-10", "二月十日")]
    [TestCase("2026-12-31", "十二月三十一日")]
    [TestCase("2026-10-20", "十月二十日")]
    public void Date_IsTheMonthAndTheDay(string date, string expected) =>
        Assert.That(SpokenText.Read(speech.Date(DateOnly.Parse(date, CultureInfo.InvariantCulture), "zh"), "zh"), Is.EqualTo(expected));

    private void AssertNumber(long value, string expected) =>
        Assert.That(SpokenText.Read(speech.Number(value, "zh"), "zh"), Is.EqualTo(expected));
}
