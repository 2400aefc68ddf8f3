using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>A new configuration adds, updates and removes agents without cutting anyone's call.</summary>
public sealed class AgentRosterConfigurationTests
{
    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(30);
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeTimeProvider time = null!;
    private AgentJournal journal = null!;
    private AgentRoster roster = null!;

    [SetUp]
    public void SetUp()
    {
        time = AgentClock.NewTime();
        journal = new AgentJournal();
        roster = new AgentRoster(
            Configuration(Agent("1001"), Agent("1002")),
            journal,
            new AcdEventBus(NullLogger<AcdEventBus>.Instance),
            time,
            AgentClock.Zone,
            NullLogger<AgentRoster>.Instance);
    }

    [Test]
    public async Task Apply_WithANewAgent_AddsThemLoggedOut()
    {
        await roster.ApplyAsync(Configuration(Agent("1001"), Agent("1002"), Agent("1003")), None);

        Assert.That(roster.Find("1003")?.State, Is.EqualTo(AgentState.LoggedOut));
    }

    [Test]
    public async Task Apply_WithNewSkills_UpdatesThemAndKeepsTheAgentsState()
    {
        await roster.LogInAsync("1001", null, None);

        await roster.ApplyAsync(Configuration(Agent("1001", ("zh", 5)), Agent("1002")), None);

        var mei = roster.Find("1001")!;
        Assert.That((mei.State, mei.Skills.Single()), Is.EqualTo((AgentState.Available, new KeyValuePair<string, int>("zh", 5))));
    }

    [Test]
    public async Task Apply_WithANewMissedOfferLimit_AppliesItToAgentsAlreadyLoggedIn()
    {
        await roster.LogInAsync("1001", null, None);

        await roster.ApplyAsync(Configuration(Agent("1001"), Agent("1002")) with { AutoPauseAfterMissedOffers = 1 }, None);
        await roster.ReserveAsync("1001", "call-1", "sales", None);
        await roster.OfferMissedAsync("1001", "call-1", "no answer", None);

        Assert.That(roster.Find("1001")!.PauseReason, Is.EqualTo(AgentMachine.MissedCalls));
    }

    [Test]
    public async Task Apply_WithoutALoggedOutAgent_RemovesThemQuietly()
    {
        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        Assert.That((roster.Find("1002"), journal.Changes.Count), Is.EqualTo(((AgentView?)null, 0)));
    }

    [Test]
    public async Task Apply_WithoutAFreeAgent_LogsThemOutAndRemovesThem()
    {
        await roster.LogInAsync("1002", "lunch", None);

        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        Assert.That(
            (roster.Find("1002"), journal.Changes[^1].To, journal.Changes[^1].Reason),
            Is.EqualTo(((AgentView?)null, AgentState.LoggedOut, (string?)AgentRoster.RemovedFromConfiguration)));
    }

    [Test]
    public async Task Apply_WithoutAnAgentOnACall_KeepsThemUntilTheCallEnds()
    {
        await OnCallAsync("1002", "call-1");

        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        Assert.That(roster.Find("1002")?.State, Is.EqualTo(AgentState.OnCall));
    }

    [Test]
    public async Task Apply_WithoutAnAgentOnACall_LetsThemWrapUpAndThenRemovesThem()
    {
        await OnCallAsync("1002", "call-1");
        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        await roster.CallEndedAsync("1002", "call-1", WrapUp, None);
        var during = roster.Find("1002")?.State;
        time.Advance(WrapUp);
        await roster.TickAsync(None);

        Assert.That(
            (during, roster.Find("1002"), journal.Changes[^1].From, journal.Changes[^1].To),
            Is.EqualTo(((AgentState?)AgentState.WrapUp, (AgentView?)null, AgentState.WrapUp, AgentState.LoggedOut)));
    }

    [Test]
    public async Task Apply_WithoutAnAgentWhosePhoneRings_RemovesThemWhenTheOfferIsMissed()
    {
        await roster.LogInAsync("1002", null, None);
        await roster.ReserveAsync("1002", "call-1", "sales", None);
        await roster.ApplyAsync(Configuration(Agent("1001")), None);
        var whileRinging = roster.Find("1002")?.State;

        await roster.OfferMissedAsync("1002", "call-1", "no answer", None);

        Assert.That(
            (whileRinging, roster.Find("1002"), journal.Changes.Select(c => c.To).TakeLast(2)),
            Is.EqualTo(((AgentState?)AgentState.Ringing, (AgentView?)null, new[] { AgentState.Available, AgentState.LoggedOut })));
    }

    [Test]
    public async Task Apply_WithoutAnAgentWhosePhoneRings_LetsThemTakeTheCallTheyAnswer()
    {
        await roster.LogInAsync("1002", null, None);
        await roster.ReserveAsync("1002", "call-1", "sales", None);
        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        await roster.OfferAnsweredAsync("1002", "call-1", None);
        await roster.CallEndedAsync("1002", "call-1", TimeSpan.Zero, None);

        Assert.That(
            (roster.Find("1002"), journal.Changes[^1].From, journal.Changes[^1].To),
            Is.EqualTo(((AgentView?)null, AgentState.OnCall, AgentState.LoggedOut)));
    }

    [Test]
    public async Task Apply_WithAnAgentBackWhoWasOnTheirWayOut_KeepsThemLoggedIn()
    {
        await OnCallAsync("1002", "call-1");
        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        await roster.ApplyAsync(Configuration(Agent("1001"), Agent("1002")), None);
        await roster.CallEndedAsync("1002", "call-1", TimeSpan.Zero, None);

        Assert.That(roster.Find("1002")?.State, Is.EqualTo(AgentState.Available));
    }

    [Test]
    public async Task Apply_WithAnExtensionListedTwice_TakesTheLastDefinitionInsteadOfFailing()
    {
        var configuration = new AcdConfiguration
        {
            Agents = new Dictionary<string, AgentDefinition>
            {
                ["first"] = Agent("1001", ("en", 2)),
                ["second"] = Agent("1001", ("en", 4)),
            },
        };

        await roster.ApplyAsync(configuration, None);

        Assert.That(roster.Find("1001")!.Skills["en"], Is.EqualTo(4));
    }

    [Test]
    public async Task LogIn_ForAnAgentOnTheirWayOut_IsRefused()
    {
        await roster.LogInAsync("1002", null, None);
        await roster.ReserveAsync("1002", "call-1", "sales", None);
        await roster.ApplyAsync(Configuration(Agent("1001")), None);

        var result = await roster.LogInAsync("1002", null, None);

        Assert.That(result.Refusal, Is.EqualTo("Agent 1002 has been removed from the configuration."));
    }

    private async Task OnCallAsync(string extension, string callId)
    {
        await roster.LogInAsync(extension, null, None);
        await roster.ReserveAsync(extension, callId, "sales", None);
        await roster.OfferAnsweredAsync(extension, callId, None);
    }

    private static AgentDefinition Agent(string extension, params (string Skill, int Level)[] skills) => new()
    {
        Extension = extension,
        Name = $"Agent {extension}",
        Skills = skills.ToDictionary(s => s.Skill, s => s.Level),
    };

    private static AcdConfiguration Configuration(params AgentDefinition[] agents) => new()
    {
        Agents = agents.ToDictionary(a => a.Extension),
        AutoPauseAfterMissedOffers = 2,
    };
}
