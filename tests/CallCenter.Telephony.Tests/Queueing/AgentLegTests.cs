using CallCenter.Core.Calls;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

public sealed class AgentLegTests
{
    [Test]
    public async Task AgentAnswers_CallerAndAgentTalkInOneMixingBridge_AndTheHoldingBridgeIsGone()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001001", "Alice");
        var call = await calls.ForAsync(caller);
        await caller.WaitForMusicOnHoldAsync(Rig.Timeout);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await ringing.WaitForRingingAsync(Rig.Timeout);
        await ringing.AnswerAsync();
        var connected = await call.WaitForAsync<AgentConnected>(Rig.Timeout);

        var bridges = rig.Asterisk.Bridges;
        Assert.Multiple(() =>
        {
            Assert.That(connected.LegId, Is.EqualTo(call.LegId));
            Assert.That(bridges, Has.Count.EqualTo(1), "only the talk bridge is left");
            Assert.That(bridges[0].BridgeType, Is.EqualTo("mixing"));
            Assert.That(bridges[0].ChannelIds, Is.EquivalentTo(new[] { caller.ChannelId, ringing.ChannelId }));
            Assert.That(caller.IsHearingMusicOnHold, Is.False, "the music stopped");
            Assert.That(call.Inputs.OfType<AgentLegInput>().Select(i => i.GetType().Name),
                Is.EqualTo(new[] { nameof(AgentRinging), nameof(AgentAnswered), nameof(AgentConnected) }));
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task AgentIsRung_PhoneShowsTheCallersNumber()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001001", "Alice");
        var call = await calls.ForAsync(caller);
        await call.WaitForAsync<AgentRinging>(Rig.Timeout);
        var leg = rig.Asterisk.Channels.Single(c => c.Id == call.LegId);

        Assert.Multiple(() =>
        {
            Assert.That(leg.ConnectedNumber, Is.EqualTo("+15550001001"));
            Assert.That(leg.ConnectedName, Is.EqualTo("Alice"));
            Assert.That(leg.CallerNumber, Is.EqualTo("+15550001001"));
        });
    }

    [Test]
    public async Task AgentBusy_ReportsTheLegFailedAsBusy()
    {
        await using var rig = await Rig.StartAsync();
        rig.Asterisk.AddEndpoint("1002", AgentBehavior.Busy());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1002"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001002");
        var call = await calls.ForAsync(caller);
        var failed = await call.WaitForAsync<AgentLegFailed>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Reason, Is.EqualTo(AgentLegFailure.Busy));
            Assert.That(failed.LegId, Is.EqualTo(call.LegId));
            Assert.That(caller.IsHungUp, Is.False, "the caller keeps waiting");
        });
    }

    [Test]
    public async Task AgentDoesNotAnswer_ReportsNoAnswerAtTheRingTimeout()
    {
        await using var rig = await Rig.StartAsync();
        rig.Asterisk.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1003") { RingTimeout = TimeSpan.FromSeconds(1) });
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001003");
        var call = await calls.ForAsync(caller);
        var failed = await call.WaitForAsync<AgentLegFailed>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Reason, Is.EqualTo(AgentLegFailure.NoAnswer));
            Assert.That(call.Inputs.OfType<AgentRinging>().Count(), Is.EqualTo(1));
            Assert.That(rig.Asterisk.Channels.Any(c => c.Id == call.LegId), Is.False, "the leg is gone");
        });
    }

    [TestCase("1004", TestName = "UnregisteredEndpoint_ReportsUnreachable_NotAnException")]
    [TestCase("9999", TestName = "UnknownEndpoint_ReportsUnreachable_NotAnException")]
    public async Task EndpointWithoutContact_ReportsUnreachable(string resource)
    {
        await using var rig = await Rig.StartAsync();
        rig.Asterisk.AddEndpoint("1004", AgentBehavior.Unreachable());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/" + resource));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001004");
        var call = await calls.ForAsync(caller);
        var failed = await call.WaitForAsync<AgentLegFailed>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Reason, Is.EqualTo(AgentLegFailure.Unreachable));
            Assert.That(failed.LegId, Is.EqualTo(call.LegId));
            Assert.That(caller.IsHungUp, Is.False, "the caller keeps waiting");
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task CallerHangsUpWhileAgentRings_LegIsCancelledAndNothingIsLeftInAsterisk()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1003"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001005");
        var call = await calls.ForAsync(caller);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await call.WaitForAsync<AgentRinging>(Rig.Timeout);
        await caller.HangUpAsync();
        await ringing.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(ringing.Outcome, Is.EqualTo(AgentCallOutcome.Canceled));
            Assert.That(rig.Asterisk.Bridges, Is.Empty);
            Assert.That(rig.Asterisk.Channels, Is.Empty);
            Assert.That(call.Inputs.OfType<AgentLegFailed>(), Is.Empty, "the call asked for it: no failure to report");
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task CallCancelsARingingAgent_PhoneStopsRinging_AndTheCallerKeepsHolding()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1003") { CancelOnRinging = true });
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001010");
        var call = await calls.ForAsync(caller);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await ringing.WaitForHangupAsync(Rig.Timeout);
        // A marker on the same websocket: its end comes after every event of the cancelled leg.
        await call.Line.PlayAsync(["sound:welcome"], "en", CancellationToken.None);
        await call.WaitForAsync<PromptFinished>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(ringing.Outcome, Is.EqualTo(AgentCallOutcome.Canceled));
            Assert.That(call.Inputs.OfType<AgentLegInput>().Select(i => i.GetType().Name), Is.EqualTo(new[] { nameof(AgentRinging) }),
                "nothing more about a leg the call cancelled, even after later inputs");
            Assert.That(caller.IsHungUp, Is.False);
            Assert.That(caller.IsHearingMusicOnHold, Is.True);
        });
    }

    [Test]
    public async Task CallerHangsUpAfterTheAgentAnsweredButBeforeConnecting_AgentLegIsHungUp()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(50)));
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001") { ConnectOnAnswer = false });
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001011");
        var call = await calls.ForAsync(caller);
        await call.WaitForAsync<AgentAnswered>(Rig.Timeout);
        var answered = agent.Calls.Single();
        await caller.HangUpAsync();
        await answered.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(answered.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(rig.Asterisk.Bridges, Is.Empty);
            Assert.That(rig.Asterisk.Channels, Is.Empty);
        });
    }

    [Test]
    public async Task CallerHangsUpDuringTalk_AgentLegIsHungUpAndNothingIsLeftInAsterisk()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(100)));
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001006");
        var call = await calls.ForAsync(caller);
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);
        var talking = agent.Calls.Single();
        await caller.HangUpAsync();
        await talking.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(talking.HungUpBy, Is.EqualTo(HangupParty.Application), "we hung the agent up");
            Assert.That(rig.Asterisk.Bridges, Is.Empty);
            Assert.That(rig.Asterisk.Channels, Is.Empty);
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task AgentHangsUpDuringTalk_TheCallIsToldAndDecides()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(100)));
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001007");
        var call = await calls.ForAsync(caller);
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);
        await agent.Calls.Single().HangUpAsync();
        var hungUp = await call.WaitForAsync<AgentHungUp>(Rig.Timeout);
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(hungUp.LegId, Is.EqualTo(call.LegId));
            Assert.That(call.Inputs.OfType<AgentHungUp>().Count(), Is.EqualTo(1), "told once");
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application), "the test behaviour hung up on the agent's leaving");
            Assert.That(rig.Asterisk.Bridges, Is.Empty);
        });
    }

    [Test]
    public async Task PromptWhileHolding_IsPlayedToTheCallerInTheHoldingBridge_AndTheMusicResumesAfter()
    {
        // Real speed: the two-second prompt must still be playing when the test looks.
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        rig.Asterisk.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1003") { Announcement = "sound:welcome" });
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001008");
        var call = await calls.ForAsync(caller);
        await caller.WaitUntilAsync(
            c => c.PlaybackHistory.Any(p => p.Outcome == PlaybackOutcome.Playing) && !c.IsHearingMusicOnHold && c.BridgeId == c.ChannelId + "-hold",
            "the prompt playing in the holding bridge, the music paused",
            Rig.Timeout);
        var finished = await call.WaitForAsync<PromptFinished>(Rig.Timeout);
        await caller.WaitForMusicOnHoldAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(finished.Outcome, Is.EqualTo(PromptOutcome.Done));
            Assert.That(caller.PlaybackHistory.Single().MediaUri, Is.EqualTo("sound:welcome"));
            Assert.That(caller.BridgeId, Is.EqualTo(caller.ChannelId + "-hold"), "still holding");
        });
    }
}
