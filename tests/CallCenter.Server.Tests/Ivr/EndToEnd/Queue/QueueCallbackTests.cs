using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// Key 2 while waiting: the caller hangs up keeping their place; when an agent is free the server calls the
/// customer through the trunk (a FakeAsterisk callee), greets them, rings the agent and bridges both.
/// </summary>
public sealed class QueueCallbackTests
{
    private const string Queues = """
        queues:
          support:
            skills: {support: 1}
            ring-timeout: 5s
            wrap-up: 0s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
            music-on-hold: default
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private HotlineRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task PressTwo_AgentFreed_CustomerIsCalledBackGreetedAndBridgedWithTheAgent()
    {
        var agent = await StartPausedAsync(AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(300)));
        await using var caller = await rig.CallAsync();
        var customer = rig.Asterisk.AddCallee(caller.Phone.CallerNumber, AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(200)));
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        await caller.HearAsync("queue-options");
        var callId = caller.CallId;

        await caller.PressAsync("2");
        await caller.HearAsync("callback-confirmed");
        await caller.WaitForHangupAsync();
        await rig.Service<CallDistributor>().MakeAvailableAsync("1001");
        var customerCall = await customer.WaitForCallAsync(HotlineRig.Patience);
        await customerCall.WaitForPlaybackStartedAsync("sound:callback-greeting", HotlineRig.Patience);
        var agentCall = await agent.WaitForCallAsync(HotlineRig.Patience);
        await agentCall.WaitForBridgeAsync(HotlineRig.Patience);
        await customerCall.WaitForBridgeAsync(HotlineRig.Patience);
        var record = await RecordAsync(callId, r => r.Outcome == CallOutcome.Answered);

        Assert.Multiple(() =>
        {
            Assert.That(customerCall.BridgeId, Is.EqualTo(agentCall.BridgeId));
            Assert.That(customerCall.CallerIdNumber, Is.EqualTo("100"), "the customer sees the hotline");
            Assert.That(agentCall.CallerIdNumber, Is.EqualTo(caller.Phone.CallerNumber), "the agent sees the customer");
            Assert.That(record.AgentExtension, Is.EqualTo("1001"));
            Assert.That(record.ConnectedAt, Is.Not.Null);
            Assert.That(rig.ErrorsOf(callId), Is.Empty);
        });
    }

    [Test]
    public async Task PressTwoWhileTheAgentRings_TheCustomerIsCalledOnlyOnceTheirCallIsOver()
    {
        await StartPausedAsync(AgentBehavior.Manual());
        await rig.Service<CallDistributor>().MakeAvailableAsync("1001");
        await using var caller = await rig.CallAsync();
        var customer = rig.Asterisk.AddCallee(caller.Phone.CallerNumber, AgentBehavior.Manual());
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        var firstRing = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);
        await firstRing.WaitForRingingAsync(HotlineRig.Patience);

        await caller.PressAsync("2");
        await firstRing.WaitForHangupAsync(HotlineRig.Patience);
        await caller.WaitForHangupAsync();
        var customerCall = await customer.WaitForCallAsync(HotlineRig.Patience);
        var calledAt = rig.Asterisk.Channels.Single(c => c.Id == customerCall.ChannelId).CreationTime;

        Assert.Multiple(() =>
        {
            Assert.That(calledAt, Is.GreaterThanOrEqualTo(caller.Phone.HungUpAt!.Value), "the customer's line was busy with the call until then");
            Assert.That(firstRing.Outcome, Is.EqualTo(AgentCallOutcome.Canceled));
            Assert.That(customerCall.CallerIdNumber, Is.EqualTo("100"));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Has.Count.EqualTo(1), "the agent rings again only once the customer answers");
        });
    }

    [Test]
    public async Task PressTwo_TheCallEndsRecordedAsCallbackRequested()
    {
        await StartPausedAsync(AgentBehavior.Manual());
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        await caller.HearAsync("queue-options");

        await caller.PressAsync("2");
        await caller.WaitForHangupAsync();
        var record = await rig.EndedRecordAsync(caller.CallId);
        var view = await rig.Service<CallDistributor>().ViewAsync();

        Assert.Multiple(() =>
        {
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.CallbackRequested));
            Assert.That(caller.Phone.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(view.Calls.Select(c => c.CallId), Is.EqualTo(new[] { caller.CallId }), "the place is kept");
        });
    }

    [Test]
    public async Task CustomerBusyEveryTime_GivenUpAfterTheAttemptsAndTheAgentIsFree()
    {
        await StartPausedAsync(AgentBehavior.Manual());
        await using var caller = await rig.CallAsync();
        var customer = rig.Asterisk.AddCallee(caller.Phone.CallerNumber, AgentBehavior.Busy());
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        await caller.HearAsync("queue-options");
        await caller.PressAsync("2");
        await caller.WaitForHangupAsync();

        await rig.Service<CallDistributor>().MakeAvailableAsync("1001");
        var record = await RecordAsync(caller.CallId, r => r.Outcome == CallOutcome.CallbackFailed);
        var view = await rig.Service<CallDistributor>().ViewAsync();

        Assert.Multiple(() =>
        {
            Assert.That(customer.Calls, Has.Count.EqualTo(2), "Acd:CallbackAttempts is 2 here");
            Assert.That(record.AgentExtension, Is.Null);
            Assert.That(view.Calls, Is.Empty);
            Assert.That(view.Agents.Single().State, Is.EqualTo(AgentState.Available));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Is.Empty, "the agent never rang for a customer who did not answer");
        });
    }

    [Test]
    public async Task CustomerUnreachableThroughTheTrunk_GivenUpAndRecorded()
    {
        await StartPausedAsync(AgentBehavior.Manual());
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        await caller.HearAsync("queue-options");
        await caller.PressAsync("2");
        await caller.WaitForHangupAsync();

        await rig.Service<CallDistributor>().MakeAvailableAsync("1001");
        var record = await RecordAsync(caller.CallId, r => r.Outcome == CallOutcome.CallbackFailed);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Asterisk.Requests.Count(r => r.Method == "POST" && r.Path == "/ari/channels/create" && r.Status == 500), Is.EqualTo(2), "one create per attempt, each refused");
            Assert.That(record.Offers, Is.EqualTo(0), "no agent rang");
        });
    }

    /// <summary>Agent 1001 logged in but paused, so a caller waits; returns their phone.</summary>
    private async Task<FakeAgentEndpoint> StartPausedAsync(AgentBehavior behavior)
    {
        rig = await HotlineRig.StartAsync(new HotlineRigOptions { Queues = Queues, AgentsLoggedIn = ["1001"] });
        var agent = rig.Asterisk.AddEndpoint("1001", behavior);
        var paused = await rig.Service<CallDistributor>().PauseAsync("1001", "briefing");
        Assert.That(paused.IsRefused, Is.False, paused.ToString());
        return agent;
    }

    private async Task<CallRecord> RecordAsync(string callId, Func<CallRecord, bool> done)
    {
        var reader = rig.Service<ICallRecordReader>();
        CallRecord? record = null;
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    record = await reader.GetAsync(callId, CancellationToken.None);
                }
                catch (DataUnavailableException)
                {
                    record = null;
                }
                return record is not null && done(record);
            },
            $"the record of call {callId} as expected",
            HotlineRig.Patience);
        return record!;
    }
}
