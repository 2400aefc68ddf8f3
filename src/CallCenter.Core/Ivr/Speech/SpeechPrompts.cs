using System.Globalization;

namespace CallCenter.Core.Ivr.Speech;

/// <summary>
/// The names of the prompts that speak values. Every language declares all of them (prompts/{language}/), each in
/// its own words, even the few only another language's rules play: "digits/ten-thousand" is 万 in Mandarin and
/// "ten thousand" in English, "digits/million" is "million" and 百万.
/// </summary>
public static class SpeechPrompts
{
    /// <summary>The last tens digit: 11 to 19 are single words, like 0 to 10.</summary>
    private const int SingleWordsUpTo = 19;

    /// <summary>"thousand" / 千, after a group of hundreds: "twenty thousand".</summary>
    public const string Thousand = "digits/thousand";

    /// <summary>"million" / 百万, after a group of hundreds: "twelve million".</summary>
    public const string Million = "digits/million";

    /// <summary>万 / "ten thousand": Mandarin counts in groups of four digits, 12,0000 is 十二万.</summary>
    public const string TenThousand = "digits/ten-thousand";

    /// <summary>
    /// Two as said in front of a unit: 两 in Mandarin (两万, 两元), "two" in English. Mandarin says 二 when counting,
    /// in 二十 and as a number's last digit.
    /// </summary>
    public const string TwoBeforeUnit = "digits/2-before-unit";

    /// <summary>"dollar" / 元.</summary>
    public const string Dollar = "money/dollar";

    /// <summary>"dollars" / 元.</summary>
    public const string Dollars = "money/dollars";

    /// <summary>"cent" / 分.</summary>
    public const string Cent = "money/cent";

    /// <summary>"cents" / 分.</summary>
    public const string Cents = "money/cents";

    /// <summary>"and" / 和: "twelve dollars and fifty cents".</summary>
    public const string And = "money/and";

    /// <summary>角 / "ten cents": Mandarin says 十二元五角 for $12.50.</summary>
    public const string TenCents = "money/ten-cents";

    /// <summary>
    /// Every name: digits/0 to digits/19, the tens digits/20 to digits/90, the hundreds digits/100 to digits/900
    /// ("two hundred" / 两百), the thousands digits/1000 to digits/9000 ("two thousand" / 两千), the units above,
    /// months/1 to months/12 ("November" / 十一月) and days/1 to days/31 ("twenty-fourth" / 二十四日).
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Enumerable.Range(0, SingleWordsUpTo + 1).Select(Number),
        .. Enumerable.Range(2, 8).Select(t => Number(t * 10)),
        .. Enumerable.Range(1, 9).Select(h => Number(h * 100)),
        .. Enumerable.Range(1, 9).Select(t => Number(t * 1000)),
        Thousand, Million, TenThousand, TwoBeforeUnit,
        .. Enumerable.Range(1, 12).Select(Month),
        .. Enumerable.Range(1, 31).Select(Day),
        Dollar, Dollars, Cent, Cents, And, TenCents,
    ];

    /// <summary>A value that is one word: 0 to 19, a multiple of ten to 90, of a hundred to 900, of a thousand to 9000.</summary>
    public static string Number(int value) => "digits/" + value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A month's name, 1 = January.</summary>
    public static string Month(int month) => "months/" + month.ToString(CultureInfo.InvariantCulture);

    /// <summary>A day of the month as dates say it: "twenty-fourth" / 二十四日.</summary>
    public static string Day(int day) => "days/" + day.ToString(CultureInfo.InvariantCulture);
}
