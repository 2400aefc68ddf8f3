using Bunit;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Agents;
using CallCenter.Server.Web.Components.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class AgentTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public void Render_AgentsInEachState_AreGroupedByState()
    {
        using var context = new BunitContext();
        AgentView[] agents =
        [
            Agent("1001", AgentState.Available), Agent("1002", AgentState.OnCall), Agent("1003", AgentState.OnCall),
            Agent("1004", AgentState.Paused), Agent("1005", AgentState.LoggedOut),
        ];

        var table = Render(context, agents);

        Assert.Multiple(() =>
        {
            Assert.That(Text(table, "agents-available-count"), Is.EqualTo("1"));
            Assert.That(Text(table, "agents-on-call-count"), Is.EqualTo("2"));
            Assert.That(Text(table, "agents-ringing-count"), Is.EqualTo("0"));
            Assert.That(Text(table, "agents-paused-count"), Is.EqualTo("1"));
            Assert.That(Text(table, "agents-logged-out-count"), Is.EqualTo("1"));
            Assert.That(table.Find("[data-test='agent-1003']").ClassName, Is.EqualTo("state-on-call"));
        });
    }

    [Test]
    public void Render_PausedAgent_ShowsTheReason()
    {
        using var context = new BunitContext();

        var table = Render(context, [Agent("1004", AgentState.Paused) with { PauseReason = "lunch" }]);

        Assert.That(Text(table, "agent-1004-state"), Is.EqualTo("Paused: lunch"));
    }

    [Test]
    public void Render_AgentOnACall_ShowsTheCallersNumberQueueAndAnsweredToday()
    {
        using var context = new BunitContext();
        var agent = Agent("1002", AgentState.OnCall) with { CurrentCallId = "call-7", AnsweredToday = 9 };
        QueuedCallView[] calls = [new("call-7", "sales", "talking", "1002", Now.AddMinutes(-3))];

        var table = context.Render<AgentTable>(p => p
            .Add(c => c.Agents, [agent])
            .Add(c => c.Calls, calls)
            .Add(c => c.CallerNumbers, new Dictionary<string, string> { ["call-7"] = "+15551230007" })
            .Add(c => c.Now, Now));

        Assert.That(Text(table, "agent-1002-call"), Is.EqualTo("+15551230007 (sales)"));
        Assert.That(Text(table, "agent-1002-answered"), Is.EqualTo("9"));
    }

    [Test]
    public void Render_NowMovesOn_TimeInStateTicks()
    {
        using var context = new BunitContext();
        var table = Render(context, [Agent("1001", AgentState.Available) with { StateSince = Now.AddSeconds(-59) }]);

        table.Render(p => p.Add(c => c.Now, Now.AddSeconds(1)));

        Assert.That(Text(table, "agent-1001-time"), Is.EqualTo("1:00"));
    }

    private static IRenderedComponent<AgentTable> Render(BunitContext context, IReadOnlyList<AgentView> agents) =>
        context.Render<AgentTable>(p => p.Add(c => c.Agents, agents).Add(c => c.Now, Now));

    private static AgentView Agent(string extension, AgentState state) => new(
        extension,
        $"Agent {extension}",
        state,
        new Dictionary<string, int>(),
        IdleSince: null,
        LastOfferedAt: null,
        new Dictionary<string, DateTimeOffset>(),
        AnsweredToday: 0,
        CurrentCallId: null,
        PauseReason: null,
        StateSince: Now.AddMinutes(-2));

    private static string Text(IRenderedComponent<AgentTable> table, string name) => table.Find($"[data-test='{name}']").TextContent.Trim();
}
