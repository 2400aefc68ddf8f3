using CallCenter.Audio.Prompts;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Server.Prompts;
using CallCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>Every flow shipped in flows/ goes live on this server: its prompts are recorded in every language, its handlers exist.</summary>
public sealed class HotlineFlowFilesTests
{
    /// <summary>Every handler class in Core, by the name flows use (the server registers each; see IvrExtensions).</summary>
    private static readonly string[] ServerHandlers = typeof(IIvrHandler).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IIvrHandler).IsAssignableFrom(t))
        .Select(t => (string)t.GetField("HandlerName")!.GetValue(null)!)
        .ToArray();

    private const string QueueFile = "queues.yaml";

    /// <summary>The flows shipped in flows/: every *.yaml but the queue file, which lives beside them.</summary>
    private static IEnumerable<string> FlowFiles() =>
        Directory.GetFiles(RepositoryRoot.PathOf("flows"), "*.yaml").Select(Path.GetFileName).OfType<string>().Where(f => f != QueueFile);

    [Test]
    public async Task EveryHandlerClass_IsRegisteredInTheServer()
    {
        var work = Directory.CreateTempSubdirectory("callcenter-handlers-");
        await using var asterisk = await FakeAsterisk.StartAsync();
        using var host = Host.ServerHost.Build(asterisk, new Host.SerilogCapture(), work.FullName);

        var registered = host.Services.GetServices<IIvrHandler>().Select(h => h.Name);

        Assert.That(registered, Is.EquivalentTo(ServerHandlers));
        work.Delete(recursive: true);
    }

    [TestCaseSource(nameof(FlowFiles))]
    public void ShippedFlow_CompilesAgainstTheRecordedPromptsTheServersHandlersAndTheShippedQueues(string file)
    {
        var queues = AcdConfigurationCompiler.Compile(File.ReadAllText(RepositoryRoot.PathOf("flows", QueueFile)), $"flows/{QueueFile}").Configuration!;
        var environment = new FlowEnvironment(new PromptDirectoryCatalog(new PromptDirectory(RepositoryRoot.Prompts)), ServerHandlers.ToHashSet())
        {
            Queues = queues.Queues.Keys.ToHashSet(),
        };

        var result = FlowCompiler.Compile(File.ReadAllText(RepositoryRoot.PathOf("flows", file)), $"flows/{file}", environment);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.Empty);
    }
}
