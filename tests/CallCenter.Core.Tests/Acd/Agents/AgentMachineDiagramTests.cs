using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

public sealed class AgentMachineDiagramTests
{
    [Test]
    public void Readme_ShowsTheMachineAsItIs()
    {
        var agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, 2, AgentClock.NewTime(), AgentClock.Zone);
        var readme = File.ReadAllText(RepositoryRoot.PathOf("src", "CallCenter.Core", "Acd", "Agents", "README.md"));

        Assert.That(Normalise(readme), Does.Contain(Normalise(agent.Mermaid())));
    }

    private static string Normalise(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
