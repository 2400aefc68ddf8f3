using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>The media a caller hears for a value, as the hotline's speech says it (prompts/{language}/digits/...).</summary>
internal static class Spoken
{
    private static readonly PromptSpeech Speech = new();

    public static IEnumerable<string> Number(long value, string language = "en") => Sounds(Speech.Number(value, language));

    public static IEnumerable<string> Digits(string digits, string language = "en") => Sounds(Speech.Digits(digits, language));

    public static IEnumerable<string> Money(decimal amount, string language = "en") => Sounds(Speech.Money(amount, language));

    public static IEnumerable<string> Date(DateOnly day, string language = "en") => Sounds(Speech.Date(day, language));

    /// <summary>The digits a caller heard said one by one, back as a string: "sound:digits/4" is 4.</summary>
    public static string DigitsHeard(IEnumerable<string> media) =>
        string.Concat(media.Select(m => m.StartsWith("sound:digits/", StringComparison.Ordinal) && m.Length == "sound:digits/".Length + 1
            ? m[^1]
            : throw new FormatException($"{m} is not a single digit")));

    private static IEnumerable<string> Sounds(IEnumerable<string> prompts) => prompts.Select(HotlineCaller.Sound);
}
