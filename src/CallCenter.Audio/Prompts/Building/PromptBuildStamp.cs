using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCenter.Audio.Prompts.Building;

/// <summary>
/// <c>prompts/&lt;language&gt;/.build.json</c>: the fingerprint of what each WAV was made from, so `prompts build` makes
/// only the prompts whose text or settings changed.
/// </summary>
internal sealed class PromptBuildStamp
{
    public const string FileName = ".build.json";

    private const string Explanation = "Written by the command prompts build: what each WAV was made from. Delete this file to make every prompt again.";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly SortedDictionary<string, string> fingerprints;

    private PromptBuildStamp(SortedDictionary<string, string> fingerprints) => this.fingerprints = fingerprints;

    public bool IsChanged { get; private set; }

    /// <param name="problem">Why an existing stamp could not be read; every prompt is then made again, which loses nothing.</param>
    public static PromptBuildStamp Load(string languageDirectory, out string? problem)
    {
        problem = null;
        var path = Path.Combine(languageDirectory, FileName);
        var empty = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new PromptBuildStamp(empty);
        }
        try
        {
            var content = JsonSerializer.Deserialize<Content>(File.ReadAllText(path), Json);
            var prompts = content?.Prompts ?? throw new JsonException("it has no \"prompts\".");
            return new PromptBuildStamp(new SortedDictionary<string, string>(prompts, StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            problem = $"{path} cannot be read ({e.Message}); every prompt of this language is made again.";
            return new PromptBuildStamp(empty) { IsChanged = true };
        }
    }

    public bool Matches(string name, string fingerprint) =>
        fingerprints.TryGetValue(name, out var recorded) && recorded == fingerprint;

    public void Record(string name, string fingerprint)
    {
        if (!Matches(name, fingerprint))
        {
            fingerprints[name] = fingerprint;
            IsChanged = true;
        }
    }

    /// <summary>Forgets prompts the manifest no longer declares.</summary>
    public void KeepOnly(IReadOnlySet<string> names)
    {
        foreach (var name in fingerprints.Keys.Where(n => !names.Contains(n)).ToList())
        {
            fingerprints.Remove(name);
            IsChanged = true;
        }
    }

    public void Save(string languageDirectory)
    {
        var path = Path.Combine(languageDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Content(Explanation, fingerprints), Json) + "\n");
        File.Move(temporary, path, overwrite: true);
        IsChanged = false;
    }

    private sealed record Content(
        [property: JsonPropertyName("about")] string? About,
        [property: JsonPropertyName("prompts")] IDictionary<string, string>? Prompts);
}
