using CallCenter.Server.Prompts;
using CallCenter.Testing;
using Microsoft.Extensions.Configuration;

namespace CallCenter.Server.Tests.Prompts;

public sealed class PromptsFolderTests
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("callcenter-prompts-folder-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Resolve_AnAbsoluteSetting_IsTheFolder()
    {
        var configuration = Configuration("/srv/callcenter/prompts");

        Assert.That(PromptsFolder.Resolve(configuration, directory).Root, Is.EqualTo("/srv/callcenter/prompts"));
    }

    [Test]
    public void Resolve_NoSettingInAFolderOfTheCheckout_FindsTheRepositorysPrompts()
    {
        var projectFolder = RepositoryRoot.PathOf("src", "CallCenter.Server");

        Assert.That(PromptsFolder.Resolve(Configuration(null), projectFolder).Root, Is.EqualTo(RepositoryRoot.Prompts));
    }

    [Test]
    public void Resolve_ARelativeSetting_IsFoundInAFolderAbove()
    {
        var sounds = Directory.CreateDirectory(Path.Combine(directory, "sounds")).FullName;
        var below = Directory.CreateDirectory(Path.Combine(directory, "a", "b")).FullName;

        Assert.That(PromptsFolder.Resolve(Configuration("sounds"), below).Root, Is.EqualTo(sounds));
    }

    [Test]
    public void Resolve_ARelativeSettingFoundNowhere_IsInTheWorkingDirectory()
    {
        var configuration = Configuration("no-such-sounds-folder-anywhere");

        Assert.That(PromptsFolder.Resolve(configuration, directory).Root, Is.EqualTo(Path.Combine(directory, "no-such-sounds-folder-anywhere")));
    }

    private static IConfiguration Configuration(string? setting) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PromptsFolder.Setting] = setting }).Build();
}
