using CallCenter.Core.Ivr.Speech;
using CallCenter.Testing;

namespace CallCenter.Core.Tests.Ivr.Speech;

/// <summary>The prompts the speech plays are in the repository, saying what the rules expect them to say.</summary>
public sealed class SpeechPromptFilesTests
{
    private static readonly string[] Languages = ["en", "zh"];

    [TestCaseSource(nameof(Languages))]
    public void EverySpeechPrompt_HasAWav(string language)
    {
        var missing = SpeechPrompts.All.Where(name => !File.Exists(Path.Combine(RepositoryRoot.Prompts, language, name + ".wav")));

        Assert.That(missing, Is.Empty);
    }

    [TestCaseSource(nameof(Languages))]
    public void EverySpeechPrompt_SaysInTheManifestWhatTheTestsReadItAs(string language)
    {
        var manifest = ReadManifest(Path.Combine(RepositoryRoot.Prompts, language, "prompts.txt"));
        var glossary = SpokenText.Of(language);

        Assert.Multiple(() =>
        {
            foreach (var name in SpeechPrompts.All)
            {
                Assert.That(manifest.GetValueOrDefault(name), Is.EqualTo(glossary[name]), $"{language}/{name}");
            }
        });
    }

    // The manifest's own parser lives in CallCenter.Audio, which Core's tests do not reference; its format is simple.
    private static Dictionary<string, string> ReadManifest(string path) =>
        File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
}
