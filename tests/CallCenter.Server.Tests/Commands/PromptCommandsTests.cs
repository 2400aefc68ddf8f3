using System.ComponentModel;
using System.Diagnostics;
using CallCenter.Audio;
using CallCenter.Audio.Checks;
using CallCenter.Audio.Prompts.Building;
using CallCenter.Server.Commands;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Commands;

public sealed class PromptCommandsTests
{
    private const string Manifest = "welcome: Welcome.\ndigits/1: one\nbeep: [tone 1000 Hz, 250 ms]\n";

    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("callcenter-prompts-cli-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Check_TheRepositorysPrompts_FindsNoProblem()
    {
        var (exit, output, error) = await RunAsync(RepositoryRoot.Prompts, "prompts", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Match(@"No problems: \d+ prompts in en, zh"));
        });
    }

    [Test]
    public async Task Check_CopyWithAMissingAWrongRateAndAnExtraFile_ReportsEachByPathAndFails()
    {
        CopyDirectory(RepositoryRoot.Prompts, directory);
        File.Delete(Path.Combine(directory, "en", "main-menu.wav"));
        WavWriter.Write(Path.Combine(directory, "zh", "digits", "7.wav"), ToneGenerator.Sine(440, TimeSpan.FromSeconds(1), 0.3, 16000));
        WavWriter.Write(Path.Combine(directory, "zh", "old-menu.wav"), ToneGenerator.Sine(440, TimeSpan.FromSeconds(1)));

        var (exit, _, error) = await RunAsync(directory, "prompts", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{Path.Combine(directory, "en", "main-menu.wav")}: missing: {Path.Combine(directory, "en", "prompts.txt")}:"));
            Assert.That(error, Does.Contain($"{Path.Combine(directory, "zh", "digits", "7.wav")}: it is sampled at 16000 Hz; expected 8000 Hz."));
            Assert.That(error, Does.Contain($"{Path.Combine(directory, "zh", "old-menu.wav")}: no entry in {Path.Combine(directory, "zh", "prompts.txt")} declares it."));
            Assert.That(error, Does.Contain("3 problems."));
        });
    }

    [Test]
    public async Task Check_FolderThatDoesNotExist_Fails()
    {
        var (exit, _, error) = await RunAsync(Path.Combine(directory, "nowhere"), "prompts", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("the prompts folder does not exist."));
        });
    }

    [Test]
    public async Task Build_WithAFakeSynthesizer_MakesEveryPromptAndPrintsEach()
    {
        WriteManifests();
        var synthesizer = new ToneSynthesizer();

        var (exit, output, error) = await BuildAsync(synthesizer);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Contain("  built  en/welcome").And.Contain("  built  zh/digits/1").And.Contain("  built  zh/beep"));
            Assert.That(output, Does.Contain("6 built, 0 unchanged, 0 failed."));
            Assert.That(synthesizer.Spoken, Has.Count.EqualTo(4));
            Assert.That(WavCheck.Run(Path.Combine(directory, "zh", "digits", "1.wav")), Is.Empty);
        });
    }

    [Test]
    public async Task Build_TheBuiltFolder_PassesTheCheck()
    {
        WriteManifests();
        await BuildAsync(new ToneSynthesizer());

        var (exit, _, error) = await RunAsync(directory, "prompts", "check");

        Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
    }

    [Test]
    public async Task Build_Again_MakesNothingAndSaysEverythingIsUnchanged()
    {
        WriteManifests();
        await BuildAsync(new ToneSynthesizer());
        var synthesizer = new ToneSynthesizer();

        var (exit, output, _) = await BuildAsync(synthesizer);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("0 built, 6 unchanged, 0 failed."));
            Assert.That(synthesizer.Spoken, Is.Empty);
        });
    }

    [Test]
    public async Task Build_ForceAndOnly_MakeTheNamedPromptsAgainInEveryLanguage()
    {
        WriteManifests();
        await BuildAsync(new ToneSynthesizer());

        var (_, output, _) = await BuildAsync(new ToneSynthesizer(), "--only", "welcome", "beep", "--force");

        Assert.That(output, Does.Contain("4 built, 0 unchanged, 0 failed."));
    }

    [Test]
    public async Task Build_OnlyANameNoManifestDeclares_FailsNamingIt()
    {
        WriteManifests();

        var (exit, output, error) = await BuildAsync(new ToneSynthesizer(), "--only", "welcom");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("No manifest declares 'welcom'."));
            Assert.That(output, Does.Contain("0 built"));
        });
    }

    [Test]
    public async Task Build_EspeakNotInstalled_FailsNamingTheDebianPackage()
    {
        WriteManifests();

        var (exit, _, error) = await BuildAsync(new EspeakSynthesizer("espeak-ng-not-installed-here"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("install the Debian package espeak-ng"));
        });
    }

    [Test]
    public async Task Build_WithTheRealEspeak_MakesPlayablePromptsInBothLanguages()
    {
        RequireEspeak();
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "en")).FullName, "prompts.txt"), "goodbye: Goodbye.\n");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "zh")).FullName, "prompts.txt"), "goodbye: 再见。\n");

        var (exit, output, error) = await RunAsync(directory, "prompts", "build");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error + output);
            Assert.That(WavCheck.Run(Path.Combine(directory, "en", "goodbye.wav")), Is.Empty);
            Assert.That(WavCheck.Run(Path.Combine(directory, "zh", "goodbye.wav")), Is.Empty);
        });
    }

    [TestCase("prompts")]
    [TestCase("prompts", "check", "--force")]
    [TestCase("prompts", "build", "--only")]
    [TestCase("prompts", "build", "--fast")]
    [TestCase("prompts", "rebuild")]
    public async Task Prompts_WithoutAKnownVerb_PrintsTheUsage(params string[] args)
    {
        var (exit, _, error) = await RunAsync(directory, args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("prompts build [--only NAME...] [--force]"));
        });
    }

    private void WriteManifests()
    {
        foreach (var language in new[] { "en", "zh" })
        {
            Directory.CreateDirectory(Path.Combine(directory, language));
            File.WriteAllText(Path.Combine(directory, language, "prompts.txt"), Manifest);
        }
    }

    private async Task<(int Exit, string Output, string Error)> BuildAsync(ISpeechSynthesizer synthesizer, params string[] flags)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PromptCommands.RunAsync(["build", .. flags], [$"--Ivr:PromptsDirectory={directory}"], output, error, CancellationToken.None, synthesizer);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string promptsDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ServerCommandLine.RunAsync([.. args, $"--Ivr:PromptsDirectory={promptsDirectory}"], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void RequireEspeak()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("espeak-ng", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            probe?.WaitForExit();
        }
        catch (Win32Exception)
        {
            Assert.Ignore("espeak-ng is not installed (Debian package espeak-ng): the real build cannot be tried.");
        }
    }
}
