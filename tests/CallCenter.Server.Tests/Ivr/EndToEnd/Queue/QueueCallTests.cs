using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// Key 0 on the hotline with agents logged in: the caller waits with music, the distributor picks an agent, the
/// agent's softphone (a FakeAsterisk endpoint) rings showing the caller, and what each side does decides the call.
/// </summary>
public sealed class QueueCallTests
{
    private const string Queues = """
        auto-pause-after-missed: 2
        queues:
          support:
            skills: {support: 1}
            strategy: longest-idle
            ring-timeout: 5s
            wrap-up: 0s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
            music-on-hold: default
            tier-weights: {vip: 10, member: 2, regular: 1}
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
          - {extension: "1002", name: Marcus Reed, skills: {support: 3}}
        """;

    private HotlineRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task AgentAnswers_CallerAndAgentShareABridgeAndTheRecordNamesTheAgent()
    {
        await StartAsync(("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(300))));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        await caller.HearAsync("queue-hold");
        var agentCall = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);
        await caller.Phone.WaitForBridgeAsync(HotlineRig.Patience);
        await agentCall.WaitForBridgeAsync(HotlineRig.Patience);
        var callId = caller.CallId;
        await caller.HangUpAsync();
        var record = await rig.EndedRecordAsync(callId);

        Assert.Multiple(() =>
        {
            Assert.That(caller.Phone.BridgeId, Is.Null.Or.EqualTo(agentCall.BridgeId));
            Assert.That(agentCall.CallerIdNumber, Is.EqualTo(caller.Phone.CallerNumber), "the agent sees who calls");
            Assert.That(record.AgentExtension, Is.EqualTo("1001"));
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Answered));
            Assert.That(record.ConnectedAt, Is.Not.Null);
            Assert.That(rig.ErrorsOf(callId), Is.Empty);
        });
    }

    [Test]
    public async Task WaitingCaller_HoldsWithMusicOnHold()
    {
        await StartAsync(("1001", AgentBehavior.Manual()));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        await caller.Phone.WaitForMusicOnHoldAsync(HotlineRig.Patience);

        Assert.That(caller.Phone.MusicOnHoldClass, Is.EqualTo("default"));
    }

    [Test]
    public async Task FirstAgentBusy_TheNextAgentTakesTheCall()
    {
        await StartAsync(("1001", AgentBehavior.Busy()), ("1002", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(200))));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        var agentCall = await rig.Asterisk.GetEndpoint("1002").WaitForCallAsync(HotlineRig.Patience);
        await agentCall.WaitForBridgeAsync(HotlineRig.Patience);
        var callId = caller.CallId;
        await caller.HangUpAsync();
        var record = await rig.EndedRecordAsync(callId);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Has.Count.EqualTo(1), "1001 was rung once and said busy");
            Assert.That(record.AgentExtension, Is.EqualTo("1002"));
            Assert.That(record.Offers, Is.EqualTo(2), "1001 was tried first, as the longest idle");
        });
    }

    [Test]
    public async Task CallerHangsUpWhileTheAgentRings_TheAgentStopsRingingAndItIsAnAbandon()
    {
        await StartAsync(("1001", AgentBehavior.Manual()));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        var agentCall = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);
        await agentCall.WaitForRingingAsync(HotlineRig.Patience);
        var callId = caller.CallId;

        await caller.HangUpAsync();
        await agentCall.WaitForHangupAsync(HotlineRig.Patience);
        var record = await rig.EndedRecordAsync(callId);
        var agents = await rig.Service<CallDistributor>().ViewAsync();

        Assert.Multiple(() =>
        {
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Abandoned));
            Assert.That(agents.Agents.Single(a => a.Extension == "1001").State, Is.EqualTo(AgentState.Available), "free for the next caller");
        });
    }

    [Test]
    public async Task AgentHangsUp_TheCallerIsHungUpAndTheAgentIsFreeAgain()
    {
        await StartAsync(("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(200), hangUpAfter: TimeSpan.FromMilliseconds(500))));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        await caller.WaitForHangupAsync();
        var record = await rig.EndedRecordAsync(caller.CallId);

        Assert.Multiple(() =>
        {
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Answered));
            Assert.That(caller.Phone.HungUpBy, Is.EqualTo(HangupParty.Application));
        });
    }

    [Test]
    public async Task OneWhileWaiting_LeavesTheQueueForTheComplaintMessage()
    {
        await StartAsync(("1001", AgentBehavior.Manual()));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        await caller.HearAsync("queue-options");

        await caller.PressAsync("1");
        await caller.HearAsync("complaint-intro");

        Assert.That(caller.Phone.BridgeId, Is.Null, "out of the holding bridge, so Asterisk can record");
    }

    [Test]
    public async Task NoAgentLoggedIn_TheCallerIsToldAndCanLeaveAMessage()
    {
        await StartAsync(loggedIn: false, ("1001", AgentBehavior.AnswerAfter(TimeSpan.Zero)));
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        var heard = await caller.MediaUntilAsync("complaint-intro");

        Assert.Multiple(() =>
        {
            Assert.That(heard, Is.EqualTo(new[] { Sound("agent-unavailable"), Sound("complaint-intro") }));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Is.Empty);
        });
    }

    private Task StartAsync(params (string Extension, AgentBehavior Behavior)[] agents) => StartAsync(loggedIn: true, agents);

    private async Task StartAsync(bool loggedIn, params (string Extension, AgentBehavior Behavior)[] agents)
    {
        rig = await HotlineRig.StartAsync(new HotlineRigOptions
        {
            Queues = Queues,
            AgentsLoggedIn = loggedIn ? [.. agents.Select(a => a.Extension)] : [],
        });
        foreach (var (extension, behavior) in agents)
        {
            rig.Asterisk.AddEndpoint(extension, behavior);
        }
    }
}
