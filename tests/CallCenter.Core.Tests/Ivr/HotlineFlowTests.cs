using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;
using CallCenter.Testing;

namespace CallCenter.Core.Tests.Ivr;

/// <summary>The shipped hotline flow, structurally (prompt files and real handlers are checked in the server's tests).</summary>
public sealed class HotlineFlowTests
{
    private static readonly string[] Handlers =
        ["identify-caller", "member-points", "order-status", "product-price", "store-info", "order-quote", "place-order", "create-ticket"];

    private static FlowDefinition Hotline()
    {
        var path = RepositoryRoot.PathOf("flows", "hotline.yaml");
        var result = FlowCompiler.Compile(File.ReadAllText(path), "flows/hotline.yaml", new FlowEnvironment(new TestPrompts(), Handlers.ToHashSet()));
        Assert.That(result.Errors, Is.Empty);
        return result.Flow!;
    }

    [Test]
    public void MainMenu_OffersTheCallersJourney()
    {
        var menu = (MenuNode)Hotline()["main-menu"];

        Assert.That(menu.Options.ToDictionary(o => o.Key, o => o.Value.Target), Is.EquivalentTo(new Dictionary<char, string>
        {
            ['1'] = "card-number",
            ['2'] = "order-number",
            ['3'] = "product-code",
            ['4'] = "store-info",
            ['5'] = "order-product",
            ['6'] = "complaint",
            ['0'] = "agent",
        }));
    }

    [Test]
    public void EveryLookup_FallsBackToAnApologyAndAnAgentWhenTheDatabaseFails()
    {
        var flow = Hotline();

        var dataLookups = flow.Nodes.Values.OfType<LookupNode>().Where(l => l.Handler is not ("identify-caller" or "create-ticket"));

        Assert.Multiple(() =>
        {
            Assert.That(dataLookups.Select(l => l.Error.Target), Is.All.EqualTo("data-error"));
            Assert.That(((AnnounceNode)flow["data-error"]).Next.Target, Is.EqualTo("agent"));
        });
    }

    [Test]
    public void Graph_IsAMermaidStateDiagramOfEveryNodeAndExit()
    {
        var flow = Hotline();

        var mermaid = Core.Ivr.Runtime.FlowMachine.Mermaid(flow);
        TestContext.Out.WriteLine(mermaid);

        Assert.Multiple(() =>
        {
            Assert.That(mermaid, Does.StartWith("stateDiagram-v2"));
            Assert.That(flow.Nodes.Keys.Where(id => !mermaid.Contains(id, StringComparison.Ordinal)), Is.Empty);
            Assert.That(mermaid, Does.Contain("key 1"));
        });
    }

    [Test]
    public void OutsideOpeningHours_CallersCanLeaveAMessage()
    {
        var flow = Hotline();

        var hours = (HoursNode)flow["opening-hours"];

        Assert.That((hours.Closed.Target, ((AnnounceNode)flow["after-hours"]).Next.Target), Is.EqualTo(("after-hours", "complaint")));
    }
}
