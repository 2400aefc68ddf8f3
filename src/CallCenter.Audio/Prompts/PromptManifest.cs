using System.Globalization;
using System.Text.RegularExpressions;

namespace CallCenter.Audio.Prompts;

/// <summary>
/// The list of prompts of one language, <c>prompts/&lt;language&gt;/prompts.txt</c>: one <c>name: text</c> a line,
/// <c>#</c> starts a comment line, <c>name: [tone 1000 Hz, 250 ms]</c> declares a tone instead of speech, and
/// <c>name: [en] For English, press 1. [zh] 中文服务请按2。</c> a prompt spoken in turn by two languages' voices.
/// </summary>
public sealed partial class PromptManifest
{
    public const string FileName = "prompts.txt";

    private readonly Dictionary<string, PromptEntry> byName;

    private PromptManifest(IReadOnlyList<PromptEntry> entries)
    {
        Entries = entries;
        byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    /// <summary>In the order the manifest lists them.</summary>
    public IReadOnlyList<PromptEntry> Entries { get; }

    public PromptEntry? Find(string name) => byName.GetValueOrDefault(name);

    /// <param name="text">The manifest's contents.</param>
    /// <param name="manifestName">What to call it in error messages, usually its path.</param>
    /// <exception cref="InvalidPromptManifestException">Listing every malformed line and duplicate name.</exception>
    public static PromptManifest Parse(string text, string manifestName = FileName)
    {
        var entries = new List<PromptEntry>();
        var declared = new Dictionary<string, PromptEntry>(StringComparer.Ordinal);
        var errors = new List<PromptManifestError>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var entry = ParseLine(line, lineNumber, out var error);
            if (entry is null)
            {
                errors.Add(new(lineNumber, error!));
                continue;
            }
            if (declared.TryGetValue(entry.Name, out var earlier))
            {
                errors.Add(new(lineNumber, $"'{entry.Name}' is already declared on line {earlier.Line}."));
                continue;
            }
            declared.Add(entry.Name, entry);
            entries.Add(entry);
        }
        if (errors.Count > 0)
        {
            throw new InvalidPromptManifestException(manifestName, errors);
        }
        return new PromptManifest(entries);
    }

    /// <summary>Lowercase letters, digits, '-' and '_', with '/' between folders: <c>welcome</c>, <c>digits/1</c>.</summary>
    public static bool IsPromptName(string name) => NamePattern().IsMatch(name);

    private static PromptEntry? ParseLine(string line, int lineNumber, out string? error)
    {
        error = null;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            error = line.Contains('：', StringComparison.Ordinal)
                ? "put an ASCII ':' after the name, not a full-width '：'."
                : "expected 'name: text to speak'.";
            return null;
        }
        var name = line[..colon].Trim();
        var text = line[(colon + 1)..].Trim();
        if (name.Length == 0)
        {
            error = "the line has no prompt name before ':'.";
            return null;
        }
        if (!IsPromptName(name))
        {
            error = $"'{name}' is not a prompt name: use lowercase letters, digits, '-' and '_', and '/' between folders.";
            return null;
        }
        if (text.Length == 0)
        {
            error = $"'{name}' has no text to speak.";
            return null;
        }
        if (!text.StartsWith('[') || SpeechSegments.StartsWithTag(text))
        {
            return SpeechSegments.TryParse(text, out var segmentError) is null
                ? Fail($"'{name}': {segmentError}", out error)
                : new SpokenPrompt(name, lineNumber, text);
        }
        return ParseTone(name, text, lineNumber, out error);
    }

    private static TonePrompt? ParseTone(string name, string text, int lineNumber, out string? error)
    {
        error = null;
        var match = TonePattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not understood: the only bracketed forms are [tone <frequency> Hz, <duration> ms] "
                + "and language tags such as [en] before the words that language's voice says; other spoken text may not start with '['.";
            return null;
        }
        var frequency = double.Parse(match.Groups["hz"].Value, CultureInfo.InvariantCulture);
        var milliseconds = int.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture);
        var nyquist = WavFormat.Telephony.SampleRate / 2;
        if (frequency <= 0 || frequency >= nyquist)
        {
            error = $"a tone of {match.Groups["hz"].Value} Hz cannot be played on a phone line; use above 0 and below {nyquist} Hz.";
            return null;
        }
        if (milliseconds is <= 0 or > 60_000)
        {
            error = $"a tone of {match.Groups["ms"].Value} ms is out of range; use 1 to 60000 ms.";
            return null;
        }
        return new TonePrompt(name, lineNumber, frequency, TimeSpan.FromMilliseconds(milliseconds));
    }

    private static SpokenPrompt? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(
        @"^\[\s*tone\s+(?<hz>[0-9]{1,6}(\.[0-9]{1,3})?)\s*hz\s*,?\s*(?<ms>[0-9]{1,6})\s*ms\s*\]$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TonePattern();
}
