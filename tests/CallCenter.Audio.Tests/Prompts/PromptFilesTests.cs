using CallCenter.Testing;
using CallCenter.Audio.Checks;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Prompts;

namespace CallCenter.Audio.Tests.Prompts;

/// <summary>The prompts committed under prompts/: every one declared, present, playable and worth hearing.</summary>
public class PromptFilesTests
{
    private static readonly string[] RequiredLanguages = ["en", "zh"];

    // The server's own, then every prompt flows/hotline.yaml plays (the words that speak numbers, money and dates are
    // checked against the speech rules in CallCenter.Core.Tests).
    private static readonly string[] RequiredPrompts =
    [
        "welcome", "goodbye", "unavailable", "beep",
        "choose-language", "after-hours", "main-menu", "invalid-option", "no-input", "data-error", "agent-unavailable",
        "notice-holiday-hours", "promo-winter-sale",
        "enter-card", "invalid-card", "card-not-found", "points-balance-is", "points",
        "enter-order", "invalid-order", "order-not-found", "your-order", "status-placed", "status-paid", "status-picking",
        "status-shipped", "status-out-for-delivery", "status-delivered", "status-cancelled", "expected-delivery",
        "enter-product", "invalid-product", "product-not-found", "price-is", "promotion-now",
        "store-info-intro", "stores-count-suffix", "store-1", "store-2", "store-3",
        "order-need-identity", "enter-quantity", "invalid-quantity", "order-total-is", "order-confirm", "order-placed",
        "order-number-is", "order-not-placed", "out-of-stock",
        "complaint-intro", "complaint-review", "complaint-thanks", "complaint-not-recorded",
    ];

    // One syllable (二, "分") lasts about a quarter of a second once the silence around it is trimmed.
    private static readonly TimeSpan ShortestSpeech = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan LongestSpeech = TimeSpan.FromSeconds(30);

    // Prompts follow one another (a sentence, then the words of an amount): more silence at their ends is a gap callers hear.
    private const double LongestEdgeSilence = 100;

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
    public void ChooseLanguage_IsSaidInEnglishThenMandarinInEveryLanguage()
    {
        Assert.Multiple(() =>
        {
            foreach (var directory in Languages())
            {
                var prompt = (SpokenPrompt)Load(directory).Find("choose-language")!;
                Assert.That(prompt.Segments.Select(s => s.Language), Is.EqualTo(new[] { "en", "zh" }), Path.GetFileName(directory));
            }
        });
    }

    [Test]
    public void EverySpokenPrompt_StartsAndEndsWithinAShortMarginOfItsSound()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, _) in DeclaredPrompts().Where(p => p.Entry is SpokenPrompt && File.Exists(p.Path)))
            {
                var samples = SampleDecoder.DecodeMono(WavReader.Read(path));
                Assert.That(SilentMilliseconds(samples), Is.LessThanOrEqualTo(LongestEdgeSilence), path);
                Assert.That(SilentMilliseconds(samples.Reverse().ToArray()), Is.LessThanOrEqualTo(LongestEdgeSilence), path);
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

    private static double SilentMilliseconds(float[] samples)
    {
        var threshold = Math.Pow(10, -45 / 20.0);
        var silent = Array.FindIndex(samples, s => Math.Abs(s) >= threshold);
        return (silent < 0 ? samples.Length : silent) * 1000.0 / 8000;
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
