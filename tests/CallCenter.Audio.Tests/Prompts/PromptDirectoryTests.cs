using CallCenter.Audio.Prompts;
using CallCenter.Audio.Tests.Prompts.Building;

namespace CallCenter.Audio.Tests.Prompts;

public class PromptDirectoryTests
{
    private PromptFolder folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new PromptFolder(("en", "welcome: Hi.\ndigits/1: one\n"), ("zh", "welcome: 您好。\n"));
        Touch("en", "welcome.wav");
        Touch("en", "digits", "1.wav");
        Directory.CreateDirectory(Path.Combine(folder.Root, "moh"));
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Languages_AreTheFoldersWithAManifest() =>
        Assert.That(folder.Prompts.Languages(), Is.EqualTo(new[] { "en", "zh" }));

    [Test]
    public void Has_PromptWithAWav_IsTrue() =>
        Assert.That(folder.Prompts.Has("en", "welcome"), Is.True);

    [Test]
    public void Has_PromptInAFolder_IsTrue() =>
        Assert.That(folder.Prompts.Has("en", "digits/1"), Is.True);

    [Test]
    public void Has_DeclaredPromptWithoutAWav_IsFalse() =>
        Assert.That(folder.Prompts.Has("zh", "welcome"), Is.False);

    [Test]
    public void Has_LanguageWithoutAFolder_IsFalse() =>
        Assert.That(folder.Prompts.Has("fr", "welcome"), Is.False);

    [TestCase("en", "../en/welcome")]
    [TestCase("en", "/etc/passwd")]
    [TestCase("en", "Welcome")]
    [TestCase("en", "welcome.wav")]
    [TestCase("..", "en/welcome")]
    [TestCase("en/..", "en/welcome")]
    [TestCase("", "welcome")]
    public void Has_NameOrLanguageThatCouldLeaveTheFolder_IsFalse(string language, string name) =>
        Assert.That(folder.Prompts.Has(language, name), Is.False);

    [Test]
    public void WavPath_IsTheLanguageFolderAndTheNameWithItsFolders() =>
        Assert.That(folder.Prompts.WavPath("zh", "digits/1"), Is.EqualTo(Path.Combine(folder.Root, "zh", "digits", "1.wav")));

    [Test]
    public void WavPath_NotAPromptName_IsRefused() =>
        Assert.That(() => folder.Prompts.WavPath("en", "../secret"), Throws.ArgumentException);

    [Test]
    public void LoadManifest_GivesTheLanguagesEntries() =>
        Assert.That(folder.Prompts.LoadManifest("en").Entries.Select(e => e.Name), Is.EqualTo(new[] { "welcome", "digits/1" }));

    private void Touch(params string[] parts)
    {
        var path = Path.Combine([folder.Root, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
    }
}
