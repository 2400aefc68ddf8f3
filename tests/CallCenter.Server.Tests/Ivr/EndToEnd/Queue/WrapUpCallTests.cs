using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>After a call the agent wraps up for the queue's wrap-up time, on fake time, and only then gets the next caller.</summary>
public sealed class WrapUpCallTests
{
    private const string Queues = """
        queues:
          support:
            skills: {support: 1}
            ring-timeout: 5s
            wrap-up: 10s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private TimedQueueRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task AgentHangsUp_WrapsUpTenSecondsThenTakesTheNextCaller()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1), hangUpAfter: TimeSpan.FromSeconds(5))));
        var first = await rig.CallAndWaitInQueueAsync();
        await rig.AdvanceUntilAsync(() => rig.Agent("1001").State == AgentState.OnCall, "1001 talking to the first caller", TimeSpan.FromSeconds(5));
        var second = await rig.CallAndWaitInQueueAsync();

        await rig.AdvanceUntilAsync(() => rig.OffersOf(second.CallId).Count == 1, "the second caller offered", TimeSpan.FromSeconds(30));
        var changes = rig.Events.OfType<AgentStateChanged>().Where(e => e.Agent == "1001").ToList();
        var wrapUp = changes.Single(e => e.To == AgentState.WrapUp);
        var free = changes.Single(e => e.From == AgentState.WrapUp);
        var offered = rig.OffersOf(second.CallId).Single();

        Assert.Multiple(() =>
        {
            Assert.That(first.Phone.IsHungUp, Is.True, "the agent's hangup ended the first call");
            Assert.That(free.To, Is.EqualTo(AgentState.Available));
            Assert.That(free.At - wrapUp.At, Is.InRange(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10) + TimedQueueRig.Tolerance));
            Assert.That(offered.At, Is.GreaterThanOrEqualTo(free.At));
            Assert.That(offered.At - free.At, Is.LessThanOrEqualTo(TimedQueueRig.Step));
        });
    }
}
