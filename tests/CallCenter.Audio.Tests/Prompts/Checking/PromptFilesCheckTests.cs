using CallCenter.Audio.Prompts.Checking;
using CallCenter.Audio.Tests.Prompts.Building;

namespace CallCenter.Audio.Tests.Prompts.Checking;

public class PromptFilesCheckTests
{
    private PromptFolder folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new PromptFolder(("en", "welcome: Hi.\nbeep: [tone 1000 Hz, 250 ms]\n"), ("zh", "welcome: 您好。\nbeep: [tone 1000 Hz, 250 ms]\n"));
        foreach (var language in new[] { "en", "zh" })
        {
            foreach (var name in new[] { "welcome", "beep" })
            {
                WriteTone(folder.Wav(language, name), WavFormat.Telephony);
            }
        }
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Run_EveryPromptPresentAndPlayable_FindsNothing() =>
        Assert.That(PromptFilesCheck.Run(folder.Prompts), Is.Empty);

    [Test]
    public void Run_MissingWav_IsReportedWithTheManifestLineDeclaringIt()
    {
        File.Delete(folder.Wav("zh", "beep"));

        Assert.That(PromptFilesCheck.Run(folder.Prompts), Is.EqualTo(new[]
        {
            new PromptFileProblem(folder.Wav("zh", "beep"), $"missing: {Path.Combine(folder.Root, "zh", "prompts.txt")}:2 declares 'beep'."),
        }));
    }

    [Test]
    public void Run_WavAtTheWrongRate_IsReportedWithWhatIsWrong()
    {
        WriteTone(folder.Wav("en", "welcome"), new WavFormat(16000, 1, 16));

        Assert.That(PromptFilesCheck.Run(folder.Prompts), Is.EqualTo(new[]
        {
            new PromptFileProblem(folder.Wav("en", "welcome"), "it is sampled at 16000 Hz; expected 8000 Hz."),
        }));
    }

    [Test]
    public void Run_WavNoManifestDeclares_IsReported()
    {
        WriteTone(folder.Wav("en", "old-menu"), WavFormat.Telephony);

        Assert.That(PromptFilesCheck.Run(folder.Prompts), Is.EqualTo(new[]
        {
            new PromptFileProblem(folder.Wav("en", "old-menu"), $"no entry in {Path.Combine(folder.Root, "en", "prompts.txt")} declares it."),
        }));
    }

    [Test]
    public void Run_WavOutsideAnyLanguageFolder_IsReported()
    {
        var stray = Path.Combine(folder.Root, "welcome.wav");
        WriteTone(stray, WavFormat.Telephony);

        Assert.That(PromptFilesCheck.Run(folder.Prompts).Single().Where, Is.EqualTo(stray));
    }

    [Test]
    public void Run_PromptOneLanguageLacks_IsReportedAtItsManifest()
    {
        folder.WriteManifest("zh", "welcome: 您好。\n");
        File.Delete(folder.Wav("zh", "beep"));

        Assert.That(PromptFilesCheck.Run(folder.Prompts), Is.EqualTo(new[]
        {
            new PromptFileProblem(Path.Combine(folder.Root, "zh", "prompts.txt"), "'beep' is not declared, but en declares it: every language needs every prompt."),
        }));
    }

    [Test]
    public void Run_ManifestWithMistakes_ReportsEachAtItsLineAndNotItsWavs()
    {
        folder.WriteManifest("zh", "welcome: 您好。\nbeep [tone 1000 Hz, 250 ms]\nBad: x\n");

        var problems = PromptFilesCheck.Run(folder.Prompts);

        var manifest = Path.Combine(folder.Root, "zh", "prompts.txt");
        Assert.That(problems.Select(p => p.Where), Is.EqualTo(new[] { $"{manifest}:2", $"{manifest}:3" }));
    }

    [Test]
    public void Run_EveryProblem_IsReportedAtOnce()
    {
        File.Delete(folder.Wav("en", "beep"));
        WriteTone(folder.Wav("zh", "welcome"), new WavFormat(8000, 2, 16));
        WriteTone(folder.Wav("zh", "extra"), WavFormat.Telephony);

        Assert.That(PromptFilesCheck.Run(folder.Prompts).Select(p => p.Where), Is.EqualTo(new[]
        {
            folder.Wav("en", "beep"), folder.Wav("zh", "welcome"), folder.Wav("zh", "extra"),
        }));
    }

    [Test]
    public void Run_FolderThatDoesNotExist_SaysSo()
    {
        var missing = new CallCenter.Audio.Prompts.PromptDirectory(Path.Combine(folder.Root, "nowhere"));

        Assert.That(PromptFilesCheck.Run(missing).Single().Message, Is.EqualTo("the prompts folder does not exist."));
    }

    private static void WriteTone(string path, WavFormat format)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var channels = Enumerable.Repeat(TestSignals.Sine(440, format.SampleRate / 2, format.SampleRate), format.Channels).ToArray();
        WavWriter.Write(path, TestSignals.Encode(format, channels));
    }
}
