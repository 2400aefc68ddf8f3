using CallCenter.Server.Prompts;
using CallCenter.Testing;
using Microsoft.Extensions.Configuration;

namespace CallCenter.Server.Tests.Prompts;

public sealed class PromptsFolderTests
{
    [Test]
    public void Resolve_TheSetting_IsTheFolder()
    {
        var configuration = Configuration(new() { ["Prompts:Directory"] = "/srv/callcenter/prompts" });

        Assert.That(PromptsFolder.Resolve(configuration).Root, Is.EqualTo("/srv/callcenter/prompts"));
    }

    [Test]
    public void Resolve_NoSettingInAFolderOfTheCheckout_FindsTheRepositorysPrompts()
    {
        var projectFolder = RepositoryRoot.PathOf("src", "CallCenter.Server");

        Assert.That(PromptsFolder.Resolve(Configuration([]), projectFolder).Root, Is.EqualTo(RepositoryRoot.Prompts));
    }

    [Test]
    public void Resolve_NoSettingAndNoPromptsAnywhereUp_IsPromptsInTheWorkingDirectory()
    {
        var nowhere = Directory.CreateTempSubdirectory("callcenter-no-prompts-").FullName;
        try
        {
            Assert.That(PromptsFolder.Resolve(Configuration([]), nowhere).Root, Is.EqualTo(Path.Combine(nowhere, "prompts")));
        }
        finally
        {
            Directory.Delete(nowhere);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
