using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Records;
using static CallCenter.Core.Tests.Acd.Distribution.DistributorRig;

namespace CallCenter.Core.Tests.Acd.Distribution;

public sealed class CallbackDistributionTests
{
    private static readonly QueueDefinition Support = new()
    {
        Name = "support",
        RingTimeout = TimeSpan.FromSeconds(15),
        MaxWait = TimeSpan.FromMinutes(10),
        AnnouncementInterval = TimeSpan.FromSeconds(30),
    };

    private static readonly DistributorOptions Options = new()
    {
        RestAfterMissedOffer = TimeSpan.FromSeconds(5),
        CallbackAttempts = 2,
        CallbackRetryDelay = TimeSpan.FromSeconds(60),
    };

    private DistributorRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task RequestCallback_AgentFreed_TheDialerIsOfferedBeforeCallersQueuedLater()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        rig.Enqueue("first", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(5));
        var later = rig.Enqueue("later", "support");
        var dialer = new WaitingCaller("first");

        rig.Distributor.RequestCallback("first", dialer);
        await rig.LogInAsync("1001");

        Assert.That((await dialer.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"));
        await rig.SettleAsync();
        Assert.That(later.Offers, Is.Empty, "the caller queued later keeps waiting behind the callback");
    }

    [Test]
    public async Task RequestCallback_TheViewShowsTheCallAsACallbackWithItsTimeQueued()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        rig.Enqueue("first", "support");
        var queuedAt = (await rig.Distributor.ViewAsync()).Calls.Single().EnqueuedAt;
        await rig.PassAsync(TimeSpan.FromSeconds(5));

        rig.Distributor.RequestCallback("first", new WaitingCaller("first"));
        var call = (await rig.Distributor.ViewAsync()).Calls.Single();

        Assert.That((call.Callback, call.EnqueuedAt), Is.EqualTo((true, queuedAt)));
    }

    [Test]
    public async Task RequestCallback_WhileAnAgentRings_ReleasesTheAgentAndOffersThemToTheDialer()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        await rig.LogInAsync("1001");
        var caller = rig.Enqueue("call-1", "support");
        await caller.NextAsync<AgentOffer>();
        var dialer = new WaitingCaller("call-1");

        rig.Distributor.RequestCallback("call-1", dialer);

        Assert.That((await dialer.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"));
    }

    [Test]
    public async Task CallbackFailed_ReleasesTheAgentForTheNextCaller()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        rig.Enqueue("first", "support");
        var dialer = new WaitingCaller("first");
        rig.Distributor.RequestCallback("first", dialer);
        await rig.PassAsync(TimeSpan.FromSeconds(1));
        var next = rig.Enqueue("next", "support");
        await rig.LogInAsync("1001");
        await dialer.NextAsync<AgentOffer>();

        rig.Distributor.CallbackFailed("first", "no answer");

        Assert.That((await next.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"), "released at once, without a rest");
    }

    [Test]
    public async Task CallbackFailed_IsTriedAgainAfterTheRetryDelayKeepingItsPlace()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        await rig.LogInAsync("1001");
        await rig.Distributor.PauseAsync("1001", "briefing");
        rig.Enqueue("first", "support");
        var dialer = new WaitingCaller("first");
        rig.Distributor.RequestCallback("first", dialer);
        await rig.Distributor.MakeAvailableAsync("1001");
        await dialer.NextAsync<AgentOffer>();
        rig.Distributor.CallbackFailed("first", "busy");
        await rig.PassAsync(TimeSpan.FromSeconds(59));
        Assert.That(dialer.HasNews, Is.False, "not called again before the retry delay");

        await rig.PassAsync(TimeSpan.FromSeconds(2));

        Assert.That((await dialer.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"));
    }

    [Test]
    public async Task CallbackFailed_AsOftenAsTheAttempts_GivesUpAndRecordsIt()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        await rig.LogInAsync("1001");
        rig.Enqueue("first", "support");
        var dialer = new WaitingCaller("first");
        rig.Distributor.RequestCallback("first", dialer);
        await dialer.NextAsync<AgentOffer>();
        rig.Distributor.CallbackFailed("first", "no answer");
        await rig.PassAsync(TimeSpan.FromSeconds(61));
        await dialer.NextAsync<AgentOffer>();

        rig.Distributor.CallbackFailed("first", "no answer");
        await rig.PassAsync(TimeSpan.FromSeconds(120));

        var givenUp = await dialer.NextAsync<string>();
        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(givenUp, Is.EqualTo(WaitingCaller.GaveUp));
            Assert.That(view.Calls, Is.Empty);
            Assert.That(dialer.Offers, Has.Count.EqualTo(2), "no third attempt");
            Assert.That(rig.ReadEvents().OfType<CallEnded>().Single().Outcome, Is.EqualTo(CallOutcome.CallbackFailed));
            Assert.That(view.Agents.Single().State, Is.EqualTo(Core.Agents.AgentState.Available));
        });
    }

    [Test]
    public async Task CallbackAnswered_ByTheAgent_ConnectsAndEndsAsAnAnsweredCall()
    {
        rig = DistributorRig.Start(Setup([Support], [Agent("1001")]), Options);
        await rig.LogInAsync("1001");
        rig.Enqueue("first", "support");
        var dialer = new WaitingCaller("first");
        rig.Distributor.RequestCallback("first", dialer);
        await dialer.NextAsync<AgentOffer>();

        rig.Distributor.OfferAnswered("first");
        rig.Distributor.TalkEnded("first");
        await rig.SettleAsync();

        var events = rig.ReadEvents();
        Assert.Multiple(() =>
        {
            Assert.That(events.OfType<CallConnected>().Single().Agent, Is.EqualTo("1001"));
            Assert.That(events.OfType<CallEnded>().Single().Outcome, Is.EqualTo(CallOutcome.Answered));
        });
    }

    [Test]
    public async Task MaxWait_OverflowToCallback_OffersTheCallbackAndKeepsTheCall()
    {
        var shortWait = Support with { MaxWait = TimeSpan.FromSeconds(20), Overflow = new OverflowTarget(OverflowAction.Callback) };
        rig = DistributorRig.Start(Setup([shortWait], [Agent("1001")]), Options);
        var caller = rig.Enqueue("call-1", "support");

        await rig.PassAsync(TimeSpan.FromSeconds(21));

        Assert.That(await caller.NextAsync<OverflowTarget>(), Is.EqualTo(new OverflowTarget(OverflowAction.Callback)));
        var view = await rig.Distributor.ViewAsync();
        Assert.That(view.Calls.Select(c => c.CallId), Is.EqualTo(new[] { "call-1" }));
    }

    [Test]
    public async Task MaxWait_OverflowToCallbackTaken_KeepsItsPlaceAheadOfLaterCallers()
    {
        var shortWait = Support with { MaxWait = TimeSpan.FromSeconds(20), Overflow = new OverflowTarget(OverflowAction.Callback) };
        rig = DistributorRig.Start(Setup([shortWait], [Agent("1001")]), Options);
        var caller = rig.Enqueue("call-1", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(21));
        await caller.NextAsync<OverflowTarget>();
        var later = rig.Enqueue("later", "support");
        var dialer = new WaitingCaller("call-1");

        rig.Distributor.RequestCallback("call-1", dialer);
        await rig.LogInAsync("1001");

        Assert.That((await dialer.NextAsync<AgentOffer>()).AgentExtension, Is.EqualTo("1001"));
        await rig.SettleAsync();
        Assert.That(later.Offers, Is.Empty);
    }

    [Test]
    public async Task MaxWait_OverflowToCallbackDeclined_LeavesTheQueue()
    {
        var shortWait = Support with { MaxWait = TimeSpan.FromSeconds(20), Overflow = new OverflowTarget(OverflowAction.Callback) };
        rig = DistributorRig.Start(Setup([shortWait], [Agent("1001")]), Options);
        var caller = rig.Enqueue("call-1", "support");
        await rig.PassAsync(TimeSpan.FromSeconds(21));
        await caller.NextAsync<OverflowTarget>();

        rig.Distributor.Left("call-1", CallOutcome.Voicemail);
        await rig.SettleAsync();

        Assert.That((await rig.Distributor.ViewAsync()).Calls, Is.Empty);
    }

    [Test]
    public async Task Callback_Waiting_IsNeitherAnnouncedNorOverflowed()
    {
        var shortWait = Support with { MaxWait = TimeSpan.FromSeconds(20), AnnouncementInterval = TimeSpan.FromSeconds(10), Overflow = new OverflowTarget(OverflowAction.Voicemail) };
        rig = DistributorRig.Start(Setup([shortWait], [Agent("1001")]), Options);
        rig.Enqueue("call-1", "support");
        var dialer = new WaitingCaller("call-1");
        rig.Distributor.RequestCallback("call-1", dialer);

        await rig.PassAsync(TimeSpan.FromSeconds(30));

        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(dialer.HasNews, Is.False);
            Assert.That(view.Calls.Select(c => c.CallId), Is.EqualTo(new[] { "call-1" }));
        });
    }
}
