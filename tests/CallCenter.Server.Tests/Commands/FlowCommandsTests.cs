using CallCenter.Audio.Prompts;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Server.Commands;
using CallCenter.Server.Prompts;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Commands;

public sealed class FlowCommandsTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("callcenter-flow-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Check_TheRepositorysFlows_AllCanGoLive()
    {
        var (exit, output, error) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Match(@"  ok    hotline\.yaml: flow hotline, \d+ nodes, languages en, zh"));
            Assert.That(output, Does.Contain("  ok    queues.yaml: 4 queues (complaints, sales, support, vip), 10 agents"));
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public async Task Check_TheQueueFileBesideTheFlows_IsNotCheckedAsAFlow()
    {
        var (_, output, _) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "check");

        Assert.That(output, Does.Not.Contain("FAIL"));
    }

    [Test]
    public async Task Check_BrokenQueueFile_PrintsEachErrorAtItsLineAndFails()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "hotline.yaml"), Path.Combine(folder, "hotline.yaml"));
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("flows", "queues.yaml"));
        var strategy = Replace(lines, "    strategy: round-robin", "    strategy: random");
        var ring = Replace(lines, "    ring-timeout: 20s", "    ring-timeout: 1s");
        var queues = Path.Combine(folder, "queues.yaml");
        File.WriteAllLines(queues, lines);

        var (exit, output, error) = await RunAsync(folder, "flow", "check", $"--Acd:Queues={queues}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{queues}:{strategy}: queue 'sales': unknown strategy 'random'"));
            Assert.That(error, Does.Contain($"{queues}:{ring}: queue 'complaints': 'ring-timeout' must be a duration from 5s to 2m"));
            Assert.That(error, Does.Contain("queues.yaml cannot go live"));
            Assert.That(output, Does.Contain("  FAIL  queues.yaml: 2 errors").And.Contain("  ok    hotline.yaml: flow hotline"));
        });
    }

    [Test]
    public async Task Check_FlowSendingCallersToAQueueTheFileDoesNotHave_FailsAtTheNode()
    {
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("flows", "hotline.yaml"));
        Replace(lines, "    queue: support", "    queue: suport");
        var node = Array.IndexOf(lines, "  agent:") + 1;
        var hotline = Path.Combine(folder, "hotline.yaml");
        File.WriteAllLines(hotline, lines);

        var (exit, _, error) = await RunAsync(folder, "flow", "check", $"--Acd:Queues={RepositoryRoot.PathOf("flows", "queues.yaml")}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{hotline}:{node}: node 'agent' sends callers to queue 'suport', which the queue file does not have (did you mean 'support'?)"));
        });
    }

    [Test]
    public async Task Check_NoQueueFile_Fails()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "hotline.yaml"), Path.Combine(folder, "hotline.yaml"));
        var missing = Path.Combine(folder, "queues.yaml");

        var (exit, output, error) = await RunAsync(folder, "flow", "check", $"--Acd:Queues={missing}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{missing}: the queue file does not exist (setting Acd:Queues)"));
            Assert.That(output, Does.Contain("  FAIL  queues.yaml: 1 error"));
        });
    }

    [Test]
    public async Task Check_CopyWithAnUnknownTargetAndAMissingPrompt_PrintsEachAtItsLineAndFails()
    {
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("flows", "hotline.yaml"));
        lines[Array.IndexOf(lines, "flow: hotline")] = "flow: broken";
        var target = Replace(lines, "    found: say-points", "    found: say-pints");
        var prompt = Replace(lines, "    prompt: enter-order", "    prompt: enter-odrer");
        var broken = Path.Combine(folder, "broken.yaml");
        File.WriteAllLines(broken, lines);
        File.Copy(RepositoryRoot.PathOf("flows", "hotline.yaml"), Path.Combine(folder, "hotline.yaml"));

        var (exit, output, error) = await RunAsync(folder, "flow", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{broken}:{target}: node 'points-lookup' goes on found to 'say-pints', which is not a node (did you mean 'say-points'?)"));
            Assert.That(error, Does.Contain($"{broken}:{prompt}: prompt 'enter-odrer' (node 'order-number') is missing in language 'en'"));
            Assert.That(error, Does.Contain("1 of 2 flows cannot go live."));
            Assert.That(output, Does.Contain("  FAIL  broken.yaml: ").And.Contain("  ok    hotline.yaml: flow hotline"));
        });
    }

    [Test]
    public async Task Check_TwoFilesWithOneFlowName_FailsTheSecond()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "hotline.yaml"), Path.Combine(folder, "a.yaml"));
        File.Copy(RepositoryRoot.PathOf("flows", "hotline.yaml"), Path.Combine(folder, "b.yaml"));

        var (exit, _, error) = await RunAsync(folder, "flow", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain($"{Path.Combine(folder, "b.yaml")}: the flow name \"hotline\" is already the name of a.yaml"));
        });
    }

    [Test]
    public async Task Check_FolderThatDoesNotExist_Fails()
    {
        var (exit, _, error) = await RunAsync(Path.Combine(folder, "nowhere"), "flow", "check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("the flows folder does not exist"));
        });
    }

    [Test]
    public async Task Graph_Hotline_IsAMermaidStateDiagramWithEveryNode()
    {
        var hotline = Compile(RepositoryRoot.PathOf("flows", "hotline.yaml"));

        var (exit, output, error) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "graph", "hotline");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.StartWith("stateDiagram-v2"));
            Assert.That(output, Does.Contain("mainmenu --> cardnumber : key 1"));
            foreach (var node in hotline.Nodes.Keys)
            {
                Assert.That(output, Does.Contain(node.Contains('-') ? $" : {node}" : $"\t{node}"), node);
            }
        });
    }

    [Test]
    public async Task Graph_ByFileName_IsTheSameDiagram()
    {
        var (_, byName, _) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "graph", "hotline");

        var (exit, byFile, _) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "graph", "hotline.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(byFile, Is.EqualTo(byName));
        });
    }

    [Test]
    public async Task Graph_UnknownFlow_ListsTheFlowsThereAre()
    {
        var (exit, output, error) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "graph", "hotlime");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("No flow named \"hotlime\"").And.Contain("Flows: hotline (hotline.yaml)."));
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public async Task UnknownFlowVerb_PrintsTheUsage()
    {
        var (exit, _, error) = await RunAsync(RepositoryRoot.PathOf("flows"), "flow", "draw");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("Unknown command: flow draw").And.Contain("flow graph FLOW"));
        });
    }

    private static int Replace(string[] lines, string from, string to)
    {
        var index = Array.IndexOf(lines, from);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"hotline.yaml has no line \"{from}\"");
        lines[index] = to;
        return index + 1;
    }

    private static FlowDefinition Compile(string file)
    {
        var handlers = typeof(IIvrHandler).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IIvrHandler).IsAssignableFrom(t))
            .Select(t => (string)t.GetField("HandlerName")!.GetValue(null)!)
            .ToHashSet();
        var environment = new FlowEnvironment(new PromptDirectoryCatalog(new PromptDirectory(RepositoryRoot.Prompts)), handlers);
        return FlowCompiler.Compile(File.ReadAllText(file), file, environment).Flow!;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string flows, params string[] words)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] configuration =
        [
            $"--Ivr:FlowsDirectory={flows}",
            $"--Ivr:PromptsDirectory={RepositoryRoot.Prompts}",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "unused.db")}",
        ];
        var exit = await ServerCommandLine.RunAsync([.. words, .. configuration], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
