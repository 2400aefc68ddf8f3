using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>An agent whose phone rings out, on fake time: the caller goes to the next agent after the ring timeout, and an agent who misses two offers in a row is paused.</summary>
public sealed class MissedOfferCallTests
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
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
          - {extension: "1002", name: Marcus Reed, skills: {support: 3}}
        """;

    private TimedQueueRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task FirstAgentDoesNotAnswer_TheNextAgentRingsAfterTheFiveSecondRingTimeout()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.NoAnswer()), ("1002", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(2))));
        var caller = await rig.CallAndWaitInQueueAsync();

        await rig.AdvanceUntilAsync(() => rig.OffersOf(caller.CallId).Count == 2, "a second offer", TimeSpan.FromSeconds(10));
        await rig.AdvanceUntilAsync(() => caller.Phone.BridgeId is not null && rig.Agent("1002").State == AgentState.OnCall, "talking to 1002", TimeSpan.FromSeconds(5));
        var offers = rig.OffersOf(caller.CallId);
        await caller.HangUpAsync();
        await rig.AdvanceUntilAsync(() => rig.EndOf(caller.CallId) is not null, "the call ending", TimeSpan.FromSeconds(5));
        var record = await rig.Hotline.EndedRecordAsync(caller.CallId);

        Assert.Multiple(() =>
        {
            Assert.That(offers.Select(o => o.Agent), Is.EqualTo(new[] { "1001", "1002" }));
            Assert.That(offers[1].At - offers[0].At, Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) + TimedQueueRig.Tolerance));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.NoAnswer));
            Assert.That(record.AgentExtension, Is.EqualTo("1002"));
            Assert.That(record.Offers, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task AgentMissesTwoOffersInARow_IsPausedForMissedCallsAndRungNoMore()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.NoAnswer()));
        var caller = await rig.CallAndWaitInQueueAsync();

        await rig.AdvanceUntilAsync(() => rig.Agent("1001").State == AgentState.Paused, "1001 paused", TimeSpan.FromSeconds(15));
        await rig.AdvanceAsync(TimeSpan.FromSeconds(20));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Agent("1001").PauseReason, Is.EqualTo(AgentMachine.MissedCalls));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Has.Count.EqualTo(2));
            Assert.That(rig.View.Calls.Single().CallId, Is.EqualTo(caller.CallId), "the caller keeps waiting");
            Assert.That(caller.Phone.IsHungUp, Is.False);
        });
    }
}
