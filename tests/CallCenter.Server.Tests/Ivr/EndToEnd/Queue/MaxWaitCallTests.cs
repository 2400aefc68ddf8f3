using CallCenter.Core.Records;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>A caller nobody takes, on fake time: they leave after the queue's maximum wait, or hang up before it.</summary>
public sealed class MaxWaitCallTests
{
    private const string Queues = """
        queues:
          support:
            skills: {support: 1}
            ring-timeout: 5s
            wrap-up: 0s
            max-wait: 30s
            overflow: voicemail
            announce-every: 15s
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private TimedQueueRig rig = null!;

    [SetUp]
    public async Task SetUp()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.Manual()));
        await rig.Distributor.PauseAsync("1001", "lunch");
    }

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task NobodyFreeForTheMaximumWait_TheCallerOverflowsToTheMessageAfterThirtySeconds()
    {
        var caller = await rig.CallAndWaitInQueueAsync();
        var queuedAt = rig.QueuedAt(caller.CallId)!.Value;

        await rig.AdvanceUntilAsync(() => rig.EndOf(caller.CallId) is not null, "the call leaving the queue", TimeSpan.FromSeconds(40));
        await rig.AdvanceUntilAsync(() => caller.Phone.IsHungUp, "the caller hearing goodbye and being hung up", TimeSpan.FromSeconds(30));
        var ended = rig.EndOf(caller.CallId)!;
        var record = await rig.Hotline.EndedRecordAsync(caller.CallId);

        Assert.Multiple(() =>
        {
            Assert.That(ended.Outcome, Is.EqualTo(CallOutcome.Overflowed));
            Assert.That(ended.At - queuedAt, Is.InRange(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30) + TimedQueueRig.Tolerance));
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Overflowed));
            Assert.That(caller.Heard.Select(p => p.MediaUri), Does.Contain(Sound("goodbye")));
            Assert.That(rig.Asterisk.GetEndpoint("1001").Calls, Is.Empty);
        });
    }

    [Test]
    public async Task CallerHangsUpWhileWaiting_ItIsAnAbandonAndTheQueueForgetsThem()
    {
        var caller = await rig.CallAndWaitInQueueAsync();
        await rig.AdvanceAsync(TimeSpan.FromSeconds(10));

        await caller.HangUpAsync();
        await rig.AdvanceUntilAsync(() => rig.EndOf(caller.CallId) is not null, "the call leaving the queue", TimeSpan.FromSeconds(5));
        var record = await rig.Hotline.EndedRecordAsync(caller.CallId);
        // Taken now: the distributor answers after everything posted before, the caller's leaving included; the
        // rig's own view may predate it.
        var view = await rig.Distributor.ViewAsync().WaitAsync(HotlineRig.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(rig.EndOf(caller.CallId)!.Outcome, Is.EqualTo(CallOutcome.Abandoned));
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Abandoned));
            Assert.That(view.Calls, Is.Empty);
        });
    }
}
