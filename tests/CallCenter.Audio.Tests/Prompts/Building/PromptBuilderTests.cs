using CallCenter.Audio.Checks;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Prompts.Building;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Tests.Prompts.Building;

public class PromptBuilderTests
{
    private const string English = "welcome: Welcome.\ngoodbye: Goodbye.\nbeep: [tone 1000 Hz, 250 ms]\n";
    private const string Mandarin = "welcome: 欢迎。\ngoodbye: 再见。\nbeep: [tone 1000 Hz, 250 ms]\n";

    private FakeSynthesizer synthesizer = null!;
    private PromptFolder folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        synthesizer = new FakeSynthesizer();
        folder = new PromptFolder(("en", English), ("zh", Mandarin));
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task Build_FreshFolder_MakesEveryDeclaredPromptAProblemFreeTelephonyWav()
    {
        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Count(PromptBuildOutcome.Built), Is.EqualTo(6));
            Assert.That(report.HasProblems, Is.False);
            foreach (var language in new[] { "en", "zh" })
            {
                foreach (var name in new[] { "welcome", "goodbye", "beep" })
                {
                    var path = folder.Wav(language, name);
                    Assert.That(WavReader.ReadInfo(path).Format, Is.EqualTo(WavFormat.Telephony), path);
                    Assert.That(WavCheck.Run(path), Is.Empty, path);
                }
            }
        });
    }

    [Test]
    public async Task Build_Speech_IsSpokenInTheManifestsLanguage()
    {
        await BuildAsync();

        Assert.That(synthesizer.Spoken, Is.EquivalentTo(new[] { ("Welcome.", "en"), ("Goodbye.", "en"), ("欢迎。", "zh"), ("再见。", "zh") }));
    }

    [Test]
    public async Task Build_Speech_IsLevelledToTheRecipeAndTrimmedToItsMargin()
    {
        await BuildAsync();

        var audio = WavReader.Read(folder.Wav("en", "welcome"));
        var samples = SampleDecoder.DecodeMono(audio);
        Assert.Multiple(() =>
        {
            // Trimming moves the 20 ms frames the level is measured in, which shifts it a little.
            Assert.That(LevelMeter.ActiveRmsDbfs([samples], 8000), Is.EqualTo(-20).Within(0.5));
            Assert.That(audio.Duration.TotalMilliseconds, Is.EqualTo(FakeSynthesizer.Sound.TotalMilliseconds + 2 * 50).Within(3));
            Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(samples), 8000), Is.EqualTo(300).Within(1));
        });
    }

    [Test]
    public async Task Build_Tone_IsKeptWholeAtTheRecipesLevel()
    {
        await BuildAsync();

        var audio = WavReader.Read(folder.Wav("zh", "beep"));
        Assert.Multiple(() =>
        {
            Assert.That(audio.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(LevelMeter.ActiveRmsDbfs([SampleDecoder.DecodeMono(audio)], 8000), Is.EqualTo(-20).Within(0.1));
        });
    }

    [Test]
    public async Task Build_PromptWithLanguageTags_SaysEachSegmentInItsVoiceJoinedByThePause()
    {
        folder.WriteManifest("en", "choose-language: [en] For English, press 1. [zh] 中文服务请按2。");

        await BuildAsync();

        var audio = WavReader.Read(folder.Wav("en", "choose-language"));
        var samples = SampleDecoder.DecodeMono(audio);
        var segment = (int)((FakeSynthesizer.Sound.TotalSeconds + 0.1) * 8000);
        Assert.Multiple(() =>
        {
            Assert.That(synthesizer.Spoken.Where(s => s.Text != "欢迎。" && s.Text != "再见。"), Is.EqualTo(new[] { ("For English, press 1.", "en"), ("中文服务请按2。", "zh") }));
            Assert.That(audio.Duration.TotalMilliseconds, Is.EqualTo(2 * (FakeSynthesizer.Sound.TotalMilliseconds + 100) + 400).Within(5));
            Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(samples[..segment]), 8000), Is.EqualTo(300).Within(1));
            Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(samples[^segment..]), 8000), Is.EqualTo(500).Within(1));
        });
    }

    [Test]
    public async Task Build_SecondTime_LeavesEveryUnchangedPromptAlone()
    {
        await BuildAsync();
        var written = File.GetLastWriteTimeUtc(folder.Wav("en", "welcome"));
        synthesizer.Spoken.Clear();

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Count(PromptBuildOutcome.Unchanged), Is.EqualTo(6));
            Assert.That(synthesizer.Spoken, Is.Empty);
            Assert.That(File.GetLastWriteTimeUtc(folder.Wav("en", "welcome")), Is.EqualTo(written));
        });
    }

    [Test]
    public async Task Build_ChangedText_MakesOnlyThatPromptAgain()
    {
        await BuildAsync();
        synthesizer.Spoken.Clear();
        folder.WriteManifest("en", English.Replace("Goodbye.", "Bye now.", StringComparison.Ordinal));

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Built(report), Is.EqualTo(new[] { "en/goodbye" }));
            Assert.That(synthesizer.Spoken, Is.EqualTo(new[] { ("Bye now.", "en") }));
        });
    }

    [Test]
    public async Task Build_ChangedVoiceSettings_MakesEverySpokenPromptAgainButNoTone()
    {
        await BuildAsync();
        synthesizer.Version = "2";

        var report = await BuildAsync();

        Assert.That(Built(report), Is.EquivalentTo(new[] { "en/welcome", "en/goodbye", "zh/welcome", "zh/goodbye" }));
    }

    [Test]
    public async Task Build_ChangedRecipe_MakesEveryPromptAgain()
    {
        await BuildAsync();

        var report = await new PromptBuilder(synthesizer, PromptRecipe.Default with { Margin = TimeSpan.FromMilliseconds(80) })
            .BuildAsync(folder.Prompts, new PromptBuildOptions(), null, CancellationToken.None);

        Assert.That(report.Count(PromptBuildOutcome.Built), Is.EqualTo(6));
    }

    [Test]
    public async Task Build_DeletedWav_IsMadeAgainThoughItsStampMatches()
    {
        await BuildAsync();
        File.Delete(folder.Wav("zh", "welcome"));

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Built(report), Is.EqualTo(new[] { "zh/welcome" }));
            Assert.That(File.Exists(folder.Wav("zh", "welcome")), Is.True);
        });
    }

    [Test]
    public async Task Build_Force_MakesEveryPromptAgain()
    {
        await BuildAsync();

        var report = await BuildAsync(new PromptBuildOptions { Force = true });

        Assert.That(report.Count(PromptBuildOutcome.Built), Is.EqualTo(6));
    }

    [Test]
    public async Task Build_Only_MakesThoseNamesInEveryLanguageAndNothingElse()
    {
        var report = await BuildAsync(new PromptBuildOptions { Only = new HashSet<string> { "goodbye" } });

        Assert.Multiple(() =>
        {
            Assert.That(Built(report), Is.EqualTo(new[] { "en/goodbye", "zh/goodbye" }));
            Assert.That(File.Exists(folder.Wav("en", "welcome")), Is.False);
        });
    }

    [Test]
    public async Task Build_OnlyWithANameNoManifestDeclares_MakesNothingAndSaysWhich()
    {
        var report = await BuildAsync(new PromptBuildOptions { Only = new HashSet<string> { "goodbye", "good-bye" } });

        Assert.Multiple(() =>
        {
            Assert.That(report.Steps, Is.Empty);
            Assert.That(report.Problems, Is.EqualTo(new[] { "No manifest declares 'good-bye'." }));
            Assert.That(File.Exists(folder.Wav("en", "goodbye")), Is.False);
        });
    }

    [Test]
    public async Task Build_Only_KeepsTheOtherPromptsStamps()
    {
        await BuildAsync();
        await BuildAsync(new PromptBuildOptions { Only = new HashSet<string> { "goodbye" }, Force = true });
        synthesizer.Spoken.Clear();

        var report = await BuildAsync();

        Assert.That(report.Count(PromptBuildOutcome.Unchanged), Is.EqualTo(6));
    }

    [Test]
    public async Task Build_SynthesisFailsOnOnePrompt_ReportsItKeepsItsOldWavAndMakesTheOthers()
    {
        await BuildAsync();
        var before = await File.ReadAllBytesAsync(folder.Wav("en", "welcome"));
        folder.WriteManifest("en", English.Replace("Welcome.", "Hello.", StringComparison.Ordinal).Replace("Goodbye.", "Bye.", StringComparison.Ordinal));
        synthesizer.FailOn.Add("Hello.");

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.HasProblems, Is.True);
            Assert.That(report.Steps.Single(s => s.Outcome == PromptBuildOutcome.Failed),
                Is.EqualTo(new PromptBuildStep("en", "welcome", folder.Wav("en", "welcome"), PromptBuildOutcome.Failed, "fake-synth failed on 'Hello.'.")));
            Assert.That(Built(report), Is.EqualTo(new[] { "en/goodbye" }));
            Assert.That(File.ReadAllBytes(folder.Wav("en", "welcome")), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Build_FailedPrompt_IsTriedAgainNextTime()
    {
        synthesizer.FailOn.Add("Welcome.");
        await BuildAsync();
        synthesizer.FailOn.Clear();

        var report = await BuildAsync();

        Assert.That(Built(report), Is.EqualTo(new[] { "en/welcome" }));
    }

    [Test]
    public async Task Build_LanguageWithoutAVoice_FailsItsSpokenPromptsSayingSo()
    {
        folder.WriteManifest("fr", "welcome: Bienvenue.\ngoodbye: Au revoir.\nbeep: [tone 1000 Hz, 250 ms]\n");

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Steps.Where(s => s.Language == "fr" && s.Outcome == PromptBuildOutcome.Failed).Select(s => s.Problem),
                Is.EqualTo(new[] { "no fake voice for fr", "no fake voice for fr" }));
            Assert.That(File.Exists(folder.Wav("fr", "beep")), Is.True);
        });
    }

    [Test]
    public async Task Build_SynthesizerNotInstalled_StopsKeepingWhatWasMadeBefore()
    {
        synthesizer.UnavailableAfter = 1;

        Assert.That(async () => await BuildAsync(), Throws.TypeOf<SynthesizerUnavailableException>());
        synthesizer.UnavailableAfter = null;
        synthesizer.Spoken.Clear();
        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Steps.Single(s => s.Language == "en" && s.Name == "welcome").Outcome, Is.EqualTo(PromptBuildOutcome.Unchanged));
            Assert.That(synthesizer.Spoken, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Build_ManifestWithMistakes_IsReportedAndTheOtherLanguagesAreBuilt()
    {
        folder.WriteManifest("zh", "welcome：欢迎。\n");

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems.Single(), Does.Contain("prompts.txt:1: put an ASCII ':' after the name"));
            Assert.That(report.Steps.Select(s => s.Language).Distinct(), Is.EqualTo(new[] { "en" }));
        });
    }

    [Test]
    public async Task Build_EntryRemovedFromTheManifest_IsForgottenByTheStamp()
    {
        await BuildAsync();
        folder.WriteManifest("en", "welcome: Welcome.\nbeep: [tone 1000 Hz, 250 ms]\n");

        await BuildAsync();

        Assert.That(await File.ReadAllTextAsync(folder.Stamp("en")), Does.Not.Contain("goodbye").And.Contain("welcome"));
    }

    [Test]
    public async Task Build_UnreadableStamp_MakesThatLanguagesPromptsAgainAndSaysWhy()
    {
        await BuildAsync();
        await File.WriteAllTextAsync(folder.Stamp("zh"), "{ not json");

        var report = await BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Built(report), Is.EquivalentTo(new[] { "zh/welcome", "zh/goodbye", "zh/beep" }));
            Assert.That(report.Notes.Single(), Does.Contain(".build.json cannot be read"));
            Assert.That(report.HasProblems, Is.False);
        });
    }

    [Test]
    public async Task Build_FolderWithoutManifests_IsAProblem()
    {
        using var empty = new PromptFolder();

        var report = await new PromptBuilder(synthesizer).BuildAsync(empty.Prompts, new PromptBuildOptions(), null, CancellationToken.None);

        Assert.That(report.Problems.Single(), Does.Contain("has no language folder with a prompts.txt"));
    }

    [Test]
    public async Task Build_FolderNames_MakeFoldersForTheWavs()
    {
        folder.WriteManifest("en", "digits/1: one\nmoney/dollars: dollars\n");

        await BuildAsync();

        Assert.That(File.Exists(Path.Combine(folder.Root, "en", "digits", "1.wav")), Is.True);
    }

    [Test]
    public async Task Build_TellsProgressOfEachPromptAsItIsDone()
    {
        var told = new List<PromptBuildStep>();

        var report = await new PromptBuilder(synthesizer).BuildAsync(folder.Prompts, new PromptBuildOptions(), new ListProgress(told), CancellationToken.None);

        Assert.That(told, Is.EqualTo(report.Steps));
    }

    private static string[] Built(PromptBuildReport report) =>
        report.Steps.Where(s => s.Outcome == PromptBuildOutcome.Built).Select(s => $"{s.Language}/{s.Name}").ToArray();

    private Task<PromptBuildReport> BuildAsync(PromptBuildOptions? options = null) =>
        new PromptBuilder(synthesizer).BuildAsync(folder.Prompts, options ?? new PromptBuildOptions(), null, CancellationToken.None);

    private sealed class ListProgress(List<PromptBuildStep> steps) : IProgress<PromptBuildStep>
    {
        public void Report(PromptBuildStep value) => steps.Add(value);
    }
}
