using System.Text.RegularExpressions;

namespace CallCenter.Audio.Prompts;

/// <summary>
/// Splits a prompt's text into the parts each voice says: <c>[en] For English, press 1. [zh] 中文服务请按2。</c> is two
/// segments; text that starts with no language tag is one segment in the manifest's own language.
/// </summary>
internal static partial class SpeechSegments
{
    public static bool StartsWithTag(string text) => LeadingTag().IsMatch(text);

    /// <returns>The segments, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static IReadOnlyList<SpeechSegment>? TryParse(string text, out string? error)
    {
        error = null;
        if (!StartsWithTag(text))
        {
            if (AnyTag().Match(text) is { Success: true } stray)
            {
                error = $"'{stray.Value}' starts a segment in another voice, so the text must start with a language tag too, e.g. [en] ... {stray.Value} ...";
                return null;
            }
            return [new SpeechSegment(null, text)];
        }
        var segments = new List<SpeechSegment>();
        var tags = AnyTag().Matches(text);
        for (var i = 0; i < tags.Count; i++)
        {
            var start = tags[i].Index + tags[i].Length;
            var end = i + 1 < tags.Count ? tags[i + 1].Index : text.Length;
            var words = text[start..end].Trim();
            var language = tags[i].Groups["language"].Value;
            if (words.Length == 0)
            {
                error = $"the segment '[{language}]' has no text to speak.";
                return null;
            }
            if (words.Contains('[', StringComparison.Ordinal))
            {
                error = $"'{words}' holds a '[' that is not a language tag; in a prompt with segments only tags such as [en] are bracketed.";
                return null;
            }
            segments.Add(new SpeechSegment(language, words));
        }
        return segments;
    }

    [GeneratedRegex(@"^\[[a-z]{2,3}\]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\[(?<language>[a-z]{2,3})\]", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
