using CallCenter.Audio.Prompts;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Server.Prompts;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Prompts;

public sealed class PromptDirectoryCatalogTests
{
    private readonly IPromptCatalog repository = new PromptDirectoryCatalog(new PromptDirectory(RepositoryRoot.Prompts));

    [TestCase("en", "welcome")]
    [TestCase("zh", "main-menu")]
    [TestCase("zh", "digits/2-before-unit")]
    [TestCase("en", "months/11")]
    public void Has_APromptOfTheRepository_IsTrue(string language, string prompt) =>
        Assert.That(repository.Has(language, prompt), Is.True);

    [TestCase("fr", "welcome")]
    [TestCase("en", "no-such-prompt")]
    [TestCase("en", "digits/100000")]
    [TestCase("en", "prompts")]
    [TestCase("en", "../en/welcome")]
    public void Has_APromptWithoutAWav_IsFalse(string language, string prompt) =>
        Assert.That(repository.Has(language, prompt), Is.False);

    [Test]
    public void Has_AWavAddedAfterwards_IsSeen()
    {
        var root = Directory.CreateTempSubdirectory("callcenter-catalog-").FullName;
        try
        {
            var catalog = new PromptDirectoryCatalog(new PromptDirectory(root));
            var before = catalog.Has("en", "late");
            Directory.CreateDirectory(Path.Combine(root, "en"));
            File.WriteAllBytes(Path.Combine(root, "en", "late.wav"), []);

            Assert.Multiple(() =>
            {
                Assert.That(before, Is.False);
                Assert.That(catalog.Has("en", "late"), Is.True);
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
