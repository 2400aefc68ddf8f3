using CallCenter.Core.Agents;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// What waiting callers are told every 15 s, on fake time: their place in line, and the estimated wait once the queue
/// has handled a call to base it on (one agent, two-minute calls: second in line waits about four minutes).
/// </summary>
public sealed class WaitAnnouncementCallTests
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
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private static readonly TimeSpan LongStep = TimeSpan.FromMilliseconds(250);

    private TimedQueueRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task CallersInLine_HearTheirPlaceAndOnceACallWasHandledTheEstimatedMinutes()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1), hangUpAfter: TimeSpan.FromMinutes(2))));
        var talking = await rig.CallAndWaitInQueueAsync();
        await rig.AdvanceUntilAsync(() => rig.Agent("1001").State == AgentState.OnCall, "1001 talking to the first caller", TimeSpan.FromSeconds(5));
        var next = await rig.CallAndWaitInQueueAsync();
        var second = await rig.CallAndWaitInQueueAsync();
        var third = await rig.CallAndWaitInQueueAsync();

        await rig.AdvanceUntilAsync(() => Heard(third, "queue-position-end") == 1, "the third in line told their place", TimeSpan.FromSeconds(20));
        var beforeAnyCallEnded = await third.ListenUntilAsync("queue-position-end");
        await rig.AdvanceUntilAsync(() => Heard(third, "queue-wait-minutes") == 1, "the one waiting behind the next told the wait", TimeSpan.FromMinutes(3), LongStep);
        var afterOneCall = await third.ListenUntilAsync("queue-wait-minutes");

        Assert.Multiple(() =>
        {
            Assert.That(talking.Phone.IsHungUp, Is.True, "the first call was handled: two minutes");
            Assert.That(next.Heard.Select(p => p.MediaUri), Does.Contain(Sound("queue-next")));
            Assert.That(Heard(second, "queue-position-is"), Is.GreaterThanOrEqualTo(1));
            Assert.That(
                beforeAnyCallEnded.Select(p => p.MediaUri).SkipWhile(m => m != Sound("queue-position-is")),
                Is.EqualTo(new[] { Sound("queue-position-is") }.Concat(Spoken.Number(3)).Append(Sound("queue-position-end"))),
                "third in line, and no estimate yet: no call of the queue has ended");
            Assert.That(
                afterOneCall.Select(p => p.MediaUri).SkipWhile(m => m != Sound("queue-position-is")),
                Is.EqualTo(new[] { Sound("queue-position-is") }.Concat(Spoken.Number(2)).Append(Sound("queue-position-end"))
                    .Append(Sound("queue-wait-is")).Concat(Spoken.Number(4)).Append(Sound("queue-wait-minutes"))),
                "second in line behind one agent taking two minutes a call: about four minutes");
        });
    }

    private static int Heard(HotlineCaller caller, string prompt) => caller.Heard.Count(p => p.MediaUri == Sound(prompt));
}
