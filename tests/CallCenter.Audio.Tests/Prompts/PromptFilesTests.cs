using CallCenter.Testing;
using CallCenter.Audio.Checks;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Prompts;

namespace CallCenter.Audio.Tests.Prompts;

/// <summary>The prompts committed under prompts/: every one declared, present, playable and worth hearing.</summary>
public class PromptFilesTests
{
    private static readonly string[] RequiredLanguages = ["en", "zh"];

    private static readonly string[] RequiredPrompts = ["welcome", "goodbye", "unavailable", "beep"];

    private static readonly TimeSpan ShortestSpeech = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan LongestSpeech = TimeSpan.FromSeconds(30);

    private static string PromptsRoot => RepositoryRoot.Prompts;

    [Test]
    public void EveryRequiredLanguage_HasAManifestWithTheRequiredPrompts()
    {
        Assert.Multiple(() =>
        {
            foreach (var language in RequiredLanguages)
            {
                var manifest = Load(Path.Combine(PromptsRoot, language));
                Assert.That(manifest.Entries.Select(e => e.Name), Is.SupersetOf(RequiredPrompts), language);
            }
        });
    }

    [Test]
    public void EveryLanguage_DeclaresTheSamePromptsAsEnglish()
    {
        var english = Names(Path.Combine(PromptsRoot, "en"));

        Assert.Multiple(() =>
        {
            foreach (var directory in Languages())
            {
                Assert.That(Names(directory), Is.EquivalentTo(english), Path.GetFileName(directory));
            }
        });
    }

    [Test]
    public void EveryDeclaredPrompt_IsAWavInTheTelephonyFormatWithNoProblems()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, _) in DeclaredPrompts())
            {
                Assert.That(File.Exists(path), Is.True, $"{path} is declared but missing");
                if (File.Exists(path))
                {
                    Assert.That(WavCheck.Run(path), Is.Empty, path);
                    Assert.That(WavReader.ReadInfo(path).Format, Is.EqualTo(WavFormat.Telephony), path);
                }
            }
        });
    }

    [Test]
    public void EverySpokenPrompt_HasAPlausibleLength()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, _) in DeclaredPrompts().Where(p => p.Entry is SpokenPrompt && File.Exists(p.Path)))
            {
                Assert.That(WavReader.ReadInfo(path).Duration, Is.InRange(ShortestSpeech, LongestSpeech), path);
            }
        });
    }

    [Test]
    public void EveryTonePrompt_IsItsDeclaredTone()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, entry) in DeclaredPrompts().Where(p => p.Entry is TonePrompt && File.Exists(p.Path)))
            {
                var tone = (TonePrompt)entry;
                var audio = WavReader.Read(path);
                var samples = SampleDecoder.DecodeMono(audio);
                Assert.That(audio.Duration, Is.EqualTo(tone.Duration), path);
                Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(samples), 8000), Is.EqualTo(tone.FrequencyHz).Within(0.5), path);
            }
        });
    }

    [Test]
    public void EveryWav_IsDeclaredInItsLanguagesManifest()
    {
        var declared = DeclaredPrompts().Select(p => Path.GetFullPath(p.Path)).ToHashSet();

        var undeclared = Directory.EnumerateFiles(PromptsRoot, "*.wav", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(path => !declared.Contains(path));

        Assert.That(undeclared, Is.Empty);
    }

    private static IEnumerable<(string Path, PromptEntry Entry)> DeclaredPrompts() =>
        from directory in Languages()
        from entry in Load(directory).Entries
        select (Path.Combine(directory, entry.Name + ".wav"), entry);

    private static IEnumerable<string> Languages() => Directory.EnumerateDirectories(PromptsRoot).Order(StringComparer.Ordinal);

    private static PromptManifest Load(string languageDirectory)
    {
        var path = Path.Combine(languageDirectory, PromptManifest.FileName);
        return PromptManifest.Parse(File.ReadAllText(path), path);
    }

    private static string[] Names(string languageDirectory) => Load(languageDirectory).Entries.Select(e => e.Name).ToArray();
}
