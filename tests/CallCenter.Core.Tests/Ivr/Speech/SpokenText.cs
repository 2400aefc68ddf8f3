using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Ivr.Speech;

/// <summary>
/// What each speech prompt says, per language, written out here so the tests read as what a caller hears
/// ("两千零五", not "digits/2000 digits/0 digits/5"); <see cref="SpeechPromptFilesTests"/> checks the manifests say the same.
/// </summary>
internal static class SpokenText
{
    private static readonly string[] EnglishOnes =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnglishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] EnglishDays =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
        "thirty-first",
    ];

    private static readonly string[] MandarinDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static IReadOnlyDictionary<string, string> English { get; } = BuildEnglish();

    public static IReadOnlyDictionary<string, string> Mandarin { get; } = BuildMandarin();

    public static IReadOnlyDictionary<string, string> Of(string language) => language switch
    {
        "en" => English,
        "zh" => Mandarin,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no glossary"),
    };

    /// <summary>English words apart, Mandarin characters together, as each is written.</summary>
    public static string Read(IEnumerable<string> prompts, string language) =>
        string.Join(language == "zh" ? "" : " ", prompts.Select(p => Of(language).TryGetValue(p, out var text) ? text : $"<{p}?>"));

    private static Dictionary<string, string> BuildEnglish()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n < EnglishOnes.Length; n++)
        {
            words[SpeechPrompts.Number(n)] = EnglishOnes[n];
        }
        for (var t = 2; t <= 9; t++)
        {
            words[SpeechPrompts.Number(t * 10)] = EnglishTens[t - 2];
        }
        for (var n = 1; n <= 9; n++)
        {
            words[SpeechPrompts.Number(n * 100)] = EnglishOnes[n] + " hundred";
            words[SpeechPrompts.Number(n * 1000)] = EnglishOnes[n] + " thousand";
        }
        words[SpeechPrompts.Thousand] = "thousand";
        words[SpeechPrompts.Million] = "million";
        words[SpeechPrompts.TenThousand] = "ten thousand";
        words[SpeechPrompts.TwoBeforeUnit] = "two";
        for (var m = 1; m <= 12; m++)
        {
            words[SpeechPrompts.Month(m)] = EnglishMonths[m - 1];
        }
        for (var d = 1; d <= 31; d++)
        {
            words[SpeechPrompts.Day(d)] = EnglishDays[d - 1];
        }
        words[SpeechPrompts.Dollar] = "dollar";
        words[SpeechPrompts.Dollars] = "dollars";
        words[SpeechPrompts.Cent] = "cent";
        words[SpeechPrompts.Cents] = "cents";
        words[SpeechPrompts.And] = "and";
        words[SpeechPrompts.TenCents] = "ten cents";
        return words;
    }

    private static Dictionary<string, string> BuildMandarin()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n <= 9; n++)
        {
            words[SpeechPrompts.Number(n)] = MandarinDigits[n];
        }
        words[SpeechPrompts.Number(10)] = "十";
        for (var n = 1; n <= 9; n++)
        {
            words[SpeechPrompts.Number(10 + n)] = "十" + MandarinDigits[n];
        }
        for (var t = 2; t <= 9; t++)
        {
            words[SpeechPrompts.Number(t * 10)] = MandarinDigits[t] + "十";
        }
        for (var n = 1; n <= 9; n++)
        {
            var before = n == 2 ? "两" : MandarinDigits[n];
            words[SpeechPrompts.Number(n * 100)] = before + "百";
            words[SpeechPrompts.Number(n * 1000)] = before + "千";
        }
        words[SpeechPrompts.Thousand] = "千";
        words[SpeechPrompts.Million] = "百万";
        words[SpeechPrompts.TenThousand] = "万";
        words[SpeechPrompts.TwoBeforeUnit] = "两";
        for (var m = 1; m <= 12; m++)
        {
            words[SpeechPrompts.Month(m)] = Below100(m) + "月";
        }
        for (var d = 1; d <= 31; d++)
        {
            words[SpeechPrompts.Day(d)] = Below100(d) + "日";
        }
        words[SpeechPrompts.Dollar] = "元";
        words[SpeechPrompts.Dollars] = "元";
        words[SpeechPrompts.Cent] = "分";
        words[SpeechPrompts.Cents] = "分";
        words[SpeechPrompts.And] = "和";
        words[SpeechPrompts.TenCents] = "角";
        return words;
    }

    private static string Below100(int n) => n switch
    {
        < 10 => MandarinDigits[n],
        10 => "十",
        < 20 => "十" + MandarinDigits[n % 10],
        _ => MandarinDigits[n / 10] + "十" + (n % 10 == 0 ? "" : MandarinDigits[n % 10]),
    };
}
