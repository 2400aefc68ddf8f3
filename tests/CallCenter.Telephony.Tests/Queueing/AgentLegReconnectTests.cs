using CallCenter.Core.Calls;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

public sealed class AgentLegReconnectTests
{
    [Test]
    public async Task AgentHangsUpWhileDisconnected_TheCallIsToldAfterTheReconnect()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(50)));
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls, reconnectDelay: TimeSpan.FromSeconds(1));
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550002001");
        var call = await calls.ForAsync(caller);
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);

        await rig.Asterisk.DropConnectionsAsync();
        await agent.Calls.Single().HangUpAsync();
        var disconnectedWhenItLeft = !rig.Asterisk.IsApplicationConnected();
        var hungUp = await call.WaitForAsync<AgentHungUp>(Rig.Timeout);
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(disconnectedWhenItLeft, Is.True, "the agent must leave while no websocket is there");
            Assert.That(hungUp.LegId, Is.EqualTo(call.LegId));
            Assert.That(call.Inputs.OfType<AgentHungUp>().Count(), Is.EqualTo(1));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("ended while we were disconnected"), "found by the resync");
        });
    }

    [Test]
    public async Task AgentAnswersWhileDisconnected_TheCallIsToldAfterTheReconnectAndConnects()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls, reconnectDelay: TimeSpan.FromSeconds(1));
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550002004");
        var call = await calls.ForAsync(caller);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await call.WaitForAsync<AgentRinging>(Rig.Timeout);

        await rig.Asterisk.DropConnectionsAsync();
        await ringing.AnswerAsync();
        var disconnectedWhenAnswered = !rig.Asterisk.IsApplicationConnected();
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(disconnectedWhenAnswered, Is.True, "the agent must answer while no websocket is there");
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("was answered while we were disconnected"));
            Assert.That(caller.BridgeId, Is.EqualTo(ringing.BridgeId));
        });
    }

    [Test]
    public async Task OurServerRestarts_AgentLegOfTheCallItLostIsHungUpAsAnOrphan()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var first = await rig.StartServerAsync(new HoldAndRingCalls(new QueueScript("PJSIP/1001")));
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550002002");
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await ringing.WaitForRingingAsync(Rig.Timeout);

        await first.CrashAsync();
        await using var second = await rig.StartServerAsync();
        await ringing.WaitForHangupAsync(Rig.Timeout);
        await caller.WaitForHangupAsync(Rig.Timeout);
        await second.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(ringing.Outcome, Is.EqualTo(AgentCallOutcome.Canceled));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.StartsWith("Hanging up orphaned agent leg"));
            Assert.That(rig.Asterisk.Bridges, Is.Empty, "the lost call's holding bridge was a leftover");
        });
    }

    [Test]
    public async Task AgentLegOfAKnownCall_IsNotTakenForAnOrphan()
    {
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550002003");
        var call = await calls.ForAsync(caller);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await call.WaitForAsync<AgentRinging>(Rig.Timeout);

        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Connection.StateChanged += change =>
        {
            if (change.Current == Ari.Connection.AriConnectionState.Connected)
            {
                reconnected.TrySetResult();
            }
        };
        await rig.Asterisk.DropConnectionsAsync();
        await reconnected.Task.WaitAsync(Rig.Timeout);
        await ringing.AnswerAsync();
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.None.StartsWith("Hanging up orphaned agent leg"));
            Assert.That(server.Switchboard.ActiveCalls, Is.EqualTo(1), "the leg is no call of its own");
        });
    }
}
