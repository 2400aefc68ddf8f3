using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>The one reader of the ACD events handing each agent's events and pops to their open desktops.</summary>
[TestFixture]
public sealed class DeskEventsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private DeskRig rig = null!;

    [SetUp]
    public async Task SetUp()
    {
        rig = await DeskRig.StartAsync();
        DeskSamples.AddVip(rig);
    }

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task TwoTabsOfOneAgent_BothGetTheSamePop()
    {
        var first = new RecordingWatcher();
        var second = new RecordingWatcher();
        using var a = rig.Events.Watch(DeskRig.Agent, first);
        using var b = rig.Events.Watch(DeskRig.Agent, second);

        rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow()));

        var one = await first.NextPopAsync(Patience);
        var other = await second.NextPopAsync(Patience);
        Assert.That(other, Is.SameAs(one), "built once");
    }

    [Test]
    public async Task Pop_IsKeptForADeskOpenedLater()
    {
        var watcher = new RecordingWatcher();
        using (rig.Events.Watch(DeskRig.Agent, watcher))
        {
            rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow()));
            await watcher.NextPopAsync(Patience);
        }

        Assert.That(rig.Events.LastPop(DeskRig.Agent)?.CallId, Is.EqualTo("this-call"));
    }

    [Test]
    public async Task CallerHangsUpWhileRinging_TheRungAgentHearsTheCallEnded()
    {
        var watcher = new RecordingWatcher();
        using var watching = rig.Events.Watch(DeskRig.Agent, watcher);
        rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow()));
        await watcher.NextPopAsync(Patience);

        rig.Bus.Publish(new CallEnded(rig.Time.GetUtcNow(), "this-call", "support", null, CallOutcome.Abandoned));
        var marker = new AgentStateChanged(rig.Time.GetUtcNow(), DeskRig.Agent, AgentState.Ringing, AgentState.Available, "offer withdrawn");
        rig.Bus.Publish(marker);
        await Eventually.TrueAsync(() => watcher.Events.Contains(marker), "the marker event", Patience);

        Assert.That(watcher.Events.OfType<CallEnded>().Select(e => e.CallId), Is.EqualTo(new[] { "this-call" }));
    }

    [Test]
    public async Task FallingBehindTheBus_SubscribesAgainAndAsksTheDesksToReadAfresh()
    {
        using var stall = new ManualResetEventSlim();
        var watcher = new RecordingWatcher { Stall = stall };
        using var watching = rig.Events.Watch(DeskRig.Agent, watcher);
        var at = rig.Time.GetUtcNow();
        for (var i = 0; i <= AcdSubscription.DefaultCapacity + 1; i++)
        {
            rig.Bus.Publish(new AgentStateChanged(at, DeskRig.Agent, AgentState.Available, AgentState.Paused, "flood"));
        }

        stall.Set();
        await watcher.Resynced.WaitAsync(Patience);
        var after = new AgentStateChanged(at, DeskRig.Agent, AgentState.Paused, AgentState.Available, "after the flood");
        rig.Bus.Publish(after);

        await Eventually.TrueAsync(() => watcher.Events.Contains(after), "an event published after subscribing again", Patience);
    }
}
