using System.Text.RegularExpressions;

namespace CallCenter.Audio.Prompts;

/// <summary>
/// The prompts folder, Asterisk's sounds folder: one folder per language holding its manifest and a WAV per prompt,
/// <c>&lt;root&gt;/&lt;language&gt;/&lt;name&gt;.wav</c> (<c>zh/digits/1.wav</c>).
/// </summary>
public sealed partial class PromptDirectory(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folders holding a manifest, in order.</summary>
    public IReadOnlyList<string> Languages() =>
        !Directory.Exists(Root)
            ? []
            : Directory.EnumerateDirectories(Root)
                .Where(d => File.Exists(Path.Combine(d, PromptManifest.FileName)))
                .Select(d => Path.GetFileName(d))
                .Where(IsLanguage)
                .Order(StringComparer.Ordinal)
                .ToList();

    public string LanguageDirectory(string language) =>
        IsLanguage(language)
            ? Path.Combine(Root, language)
            : throw new ArgumentException($"'{language}' is not a language folder name.", nameof(language));

    public string ManifestPath(string language) => Path.Combine(LanguageDirectory(language), PromptManifest.FileName);

    /// <exception cref="ArgumentException">The name is not a prompt name, so it cannot lead outside the folder.</exception>
    public string WavPath(string language, string name) =>
        PromptManifest.IsPromptName(name)
            ? Path.Combine(LanguageDirectory(language), name.Replace('/', Path.DirectorySeparatorChar) + ".wav")
            : throw new ArgumentException($"'{name}' is not a prompt name.", nameof(name));

    /// <summary>Whether the language has the prompt's WAV; false for anything that is not a language or a prompt name.</summary>
    public bool Has(string language, string name) =>
        language is not null && name is not null && IsLanguage(language) && PromptManifest.IsPromptName(name) && File.Exists(WavPath(language, name));

    /// <exception cref="InvalidPromptManifestException">Listing its mistakes.</exception>
    /// <exception cref="FileNotFoundException">The language has no manifest.</exception>
    public PromptManifest LoadManifest(string language)
    {
        var path = ManifestPath(language);
        return PromptManifest.Parse(File.ReadAllText(path), path);
    }

    /// <summary>A language code as Asterisk names a channel's language: <c>en</c>, <c>zh</c>, <c>pt_BR</c>.</summary>
    public static bool IsLanguage(string language) => LanguagePattern().IsMatch(language);

    [GeneratedRegex("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
