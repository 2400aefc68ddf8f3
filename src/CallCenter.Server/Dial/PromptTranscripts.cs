using System.Text;
using CallCenter.Audio;
using CallCenter.Audio.Prompts;

namespace CallCenter.Server.Dial;

/// <summary>
/// The words of what a call plays and how long it lasts, from the prompts folder: each "sound:NAME" is the
/// manifest's text of NAME in the playback's language (so digits/4 reads "four") and lasts as long as its WAV.
/// Manifests and lengths are read once per language and prompt.
/// </summary>
public sealed class PromptTranscripts(PromptDirectory prompts)
{
    private const string SoundScheme = "sound:";

    private readonly Dictionary<string, PromptManifest?> manifests = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Language, string Name), TimeSpan?> lengths = [];

    public HeardMedia Describe(IReadOnlyList<string> media, string language)
    {
        var words = new List<string>(media.Count);
        var missing = new List<string>();
        var length = TimeSpan.Zero;
        foreach (var item in media)
        {
            if (!item.StartsWith(SoundScheme, StringComparison.Ordinal))
            {
                words.Add($"[{item}]");
                continue;
            }
            var name = item[SoundScheme.Length..];
            if (LengthOf(language, name) is not { } played)
            {
                missing.Add(name);
                words.Add($"[{name}: not recorded in {language}]");
                continue;
            }
            length += played;
            words.Add(WordsOf(language, name));
        }
        return new HeardMedia(Join(words), length, missing);
    }

    private string WordsOf(string language, string name) =>
        Manifest(language)?.Find(name) switch
        {
            SpokenPrompt spoken => spoken.Transcript,
            TonePrompt => "(tone)",
            _ => $"[{name}]",
        };

    private PromptManifest? Manifest(string language)
    {
        if (!manifests.TryGetValue(language, out var manifest))
        {
            try
            {
                manifest = PromptDirectory.IsLanguage(language) ? prompts.LoadManifest(language) : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidPromptManifestException)
            {
                // `prompts check` reports a broken manifest; here the prompts are shown by name instead.
                manifest = null;
            }
            manifests[language] = manifest;
        }
        return manifest;
    }

    private TimeSpan? LengthOf(string language, string name)
    {
        if (lengths.TryGetValue((language, name), out var known))
        {
            return known;
        }
        TimeSpan? length = null;
        if (prompts.Has(language, name))
        {
            try
            {
                length = WavReader.ReadInfo(prompts.WavPath(language, name)).Duration;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidWavException)
            {
                length = TimeSpan.Zero;
            }
        }
        lengths[(language, name)] = length;
        return length;
    }

    /// <summary>Words joined as they are written: with spaces in English, none between Chinese characters.</summary>
    private static string Join(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (text.Length > 0 && !IsWide(text[^1]) && !IsWide(part[0]))
            {
                text.Append(' ');
            }
            text.Append(part);
        }
        return text.ToString();
    }

    /// <summary>CJK characters and punctuation (U+2E80 up), which are written without spaces between them.</summary>
    private static bool IsWide(char c) => c >= '\u2E80';
}
