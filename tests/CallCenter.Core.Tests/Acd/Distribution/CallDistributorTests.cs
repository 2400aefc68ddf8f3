using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Core.Records;
using static CallCenter.Core.Tests.Acd.Distribution.DistributorRig;

namespace CallCenter.Core.Tests.Acd.Distribution;

public sealed class CallDistributorTests
{
    private static readonly QueueDefinition Support = new()
    {
        Name = "support",
        WrapUp = TimeSpan.FromSeconds(30),
        RingTimeout = TimeSpan.FromSeconds(15),
        MaxWait = TimeSpan.FromMinutes(10),
        AnnouncementInterval = TimeSpan.FromSeconds(30),
        TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = 10, [CustomerTier.Regular] = 1 },
    };

    private DistributorRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task Enqueue_AgentAvailable_IsOfferedAtOnceWithTheQueuesRingTimeout()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]));
        await rig.LogInAsync("1001");

        var caller = rig.Enqueue("call-1", "support");

        Assert.That(await caller.NextAsync<AgentOffer>(), Is.EqualTo(new AgentOffer("1001", "Agent 1001", TimeSpan.FromSeconds(15))));
    }

    [Test]
    public async Task AgentFreed_VipWaiting10sGoesBeforeRegularWaiting60s()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]));
        await rig.LogInAsync("1001");
        await rig.Distributor.PauseAsync("1001", "lunch");
        var regular = rig.Enqueue("regular", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(50));
        var vip = rig.Enqueue("vip", "support", CustomerTier.Vip);
        await rig.PassAsync(TimeSpan.FromSeconds(10));

        await rig.Distributor.MakeAvailableAsync("1001");

        Assert.That((await vip.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"));
        await rig.SettleAsync();
        Assert.That(regular.Offers, Is.Empty, "the regular caller keeps waiting");
    }

    [Test]
    public async Task OfferMissed_CallGoesToTheNextAgentAndKeepsItsPlace()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001"), Agent("1002")]));
        await rig.LogInAsync("1001");
        await rig.PassAsync(TimeSpan.FromSeconds(5));
        await rig.LogInAsync("1002");
        var first = rig.Enqueue("first", "support");
        Assert.That((await first.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"), "longest idle first");
        await rig.PassAsync(TimeSpan.FromSeconds(1));
        var second = rig.Enqueue("second", "support");
        Assert.That((await second.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1002"));

        rig.Distributor.OfferMissed("first", "no answer");
        rig.Distributor.OfferMissed("second", "busy");
        await rig.PassAsync(TimeSpan.FromSeconds(6));

        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(view.Calls.Select(c => c.CallId), Is.EqualTo(new[] { "first", "second" }), "both keep their places");
            Assert.That(view.Calls.Select(c => c.State), Is.All.EqualTo("ringing"), "offered again once the agents rested");
        });
    }

    [Test]
    public async Task OfferMissed_TwiceInARow_PausesTheAgent()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")], autoPauseAfter: 2));
        await rig.LogInAsync("1001");
        var caller = rig.Enqueue("call-1", "support");
        await caller.NextAsync<AgentOffer>();
        rig.Distributor.OfferMissed("call-1", "no answer");
        await rig.PassAsync(TimeSpan.FromSeconds(6));
        await caller.NextAsync<AgentOffer>();

        rig.Distributor.OfferMissed("call-1", "no answer");
        await rig.SettleAsync();

        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(view.Agents.Single().State, Is.EqualTo(AgentState.Paused));
            Assert.That(view.Calls.Single().State, Is.EqualTo("waiting"));
        });
    }

    [Test]
    public async Task Left_WhileTheAgentRings_ReleasesTheAgentAndCountsAnAbandon()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]));
        await rig.LogInAsync("1001");
        var caller = rig.Enqueue("call-1", "support");
        await caller.NextAsync<AgentOffer>();

        rig.Distributor.Left("call-1", CallOutcome.Abandoned);
        var view = await rig.Distributor.ViewAsync();

        Assert.Multiple(() =>
        {
            Assert.That(view.Agents.Single().State, Is.EqualTo(AgentState.Available));
            Assert.That(view.Calls, Is.Empty);
            Assert.That(rig.ReadEvents().OfType<CallEnded>().Single().Outcome, Is.EqualTo(CallOutcome.Abandoned));
        });
    }

    [Test]
    public async Task TalkEnded_AgentWrapsUpForTheQueuesTimeThenTakesTheNextCall()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]));
        await rig.LogInAsync("1001");
        var first = rig.Enqueue("first", "support");
        await first.NextAsync<AgentOffer>();
        rig.Distributor.OfferAnswered("first");
        var second = rig.Enqueue("second", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(60));

        rig.Distributor.TalkEnded("first");
        await rig.PassAsync(TimeSpan.FromSeconds(29));
        Assert.That(second.Offers, Is.Empty, "still in wrap-up");
        await rig.PassAsync(TimeSpan.FromSeconds(2));

        await rig.SettleAsync();
        Assert.That(second.Offers.Select(o => o.AgentExtension), Is.EqualTo(new[] { "1001" }));
    }

    [Test]
    public async Task MaxWait_Reached_OverflowsToTheQueuesTargetAndCountsIt()
    {
        var shortWait = Support with { MaxWait = TimeSpan.FromSeconds(20), Overflow = new OverflowTarget(OverflowAction.Voicemail) };
        rig = DistributorRig.Start(Setup([shortWait], [Agent("1001")]));
        var caller = rig.Enqueue("call-1", "support");

        await rig.PassAsync(TimeSpan.FromSeconds(21));

        Assert.Multiple(async () =>
        {
            Assert.That(await caller.NextAsync<OverflowTarget>(), Is.EqualTo(new OverflowTarget(OverflowAction.Voicemail)));
            Assert.That(rig.ReadEvents().OfType<CallEnded>().Single().Outcome, Is.EqualTo(CallOutcome.Overflowed));
        });
    }

    [Test]
    public async Task MaxWait_OverflowToAnotherQueue_IsServedThereByItsAgents()
    {
        var support = Support with
        {
            MaxWait = TimeSpan.FromSeconds(20),
            Overflow = new OverflowTarget(OverflowAction.Queue, "sales"),
            Skills = [new SkillStep(TimeSpan.Zero, [new SkillRequirement("support", 1)])],
        };
        var sales = new QueueDefinition { Name = "sales", Skills = [new SkillStep(TimeSpan.Zero, [new SkillRequirement("sales", 1)])] };
        rig = DistributorRig.Start(Setup([support, sales], [Agent("1001", ("sales", 3))]));
        await rig.LogInAsync("1001");
        var caller = rig.Enqueue("call-1", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(10));
        await rig.SettleAsync();
        Assert.That(caller.Offers, Is.Empty, "no support agent");

        await rig.PassAsync(TimeSpan.FromSeconds(11));

        Assert.That(caller.Offers.Select(o => o.AgentExtension), Is.EqualTo(new[] { "1001" }));
    }

    [Test]
    public async Task Announcement_SaysPlaceAndTheWaitFromRecentHandleTimes()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]));
        await rig.LogInAsync("1001");
        var served = rig.Enqueue("served", "support");
        await served.NextAsync<AgentOffer>();
        rig.Distributor.OfferAnswered("served");
        var second = rig.Enqueue("second", "support");
        var third = rig.Enqueue("third", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(150));
        rig.Distributor.TalkEnded("served");
        await rig.Distributor.PauseAsync("1001", "meeting");

        await rig.PassAsync(TimeSpan.FromSeconds(30));

        // One agent, 2.5 min of talk + 30 s of wrap-up: 3 minutes a call.
        Assert.Multiple(async () =>
        {
            Assert.That(await LastAnnouncementAsync(second), Is.EqualTo(new WaitAnnouncement(1, null, false)));
            Assert.That(await LastAnnouncementAsync(third), Is.EqualTo(new WaitAnnouncement(2, 6, false)));
        });
    }

    [Test]
    public async Task LogOut_DuringACall_IsDoneAfterTheWrapUp()
    {
        rig = DistributorRig.Start(Setup([Support with { WrapUp = TimeSpan.FromSeconds(5) }], [Agent("1001")]));
        await rig.LogInAsync("1001");
        var caller = rig.Enqueue("call-1", "support");
        await caller.NextAsync<AgentOffer>();
        rig.Distributor.OfferAnswered("call-1");

        var logout = await rig.Distributor.LogOutAsync("1001");
        rig.Distributor.TalkEnded("call-1");
        await rig.PassAsync(TimeSpan.FromSeconds(6));

        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(logout.Later, Is.Not.Null, logout.ToString());
            Assert.That(view.Agents.Single().State, Is.EqualTo(AgentState.LoggedOut));
        });
    }

    private static async Task<WaitAnnouncement> LastAnnouncementAsync(WaitingCaller caller)
    {
        WaitAnnouncement last = await caller.NextAsync<WaitAnnouncement>();
        while (caller.HasNews)
        {
            last = await caller.NextAsync<WaitAnnouncement>();
        }
        return last;
    }
}
