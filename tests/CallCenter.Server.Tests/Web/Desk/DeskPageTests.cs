using Bunit;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using DeskView = CallCenter.Server.Web.Components.Pages.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>The agent's desk page on a real call distributor: state buttons, what the distributor pushes, the pop.</summary>
[TestFixture]
public sealed class DeskPageTests
{
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
    public async Task OpeningTheDesk_DoesNotMakeTheAgentAvailable()
    {
        var cut = await OpenDeskAsync();

        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=desk-state]").GetAttribute("data-state"), Is.EqualTo(nameof(AgentState.LoggedOut)));
            Assert.That(view.Agents.Single(a => a.Extension == DeskRig.Agent).State, Is.EqualTo(AgentState.LoggedOut));
        });
    }

    [Test]
    public async Task Available_WhenLoggedOut_LogsInAndShowsAvailable()
    {
        var cut = await OpenDeskAsync();

        await cut.Find("[data-test=desk-available]").ClickAsync(new());

        Until(cut, () => StateOf(cut) != nameof(AgentState.LoggedOut));
        var view = await rig.Distributor.ViewAsync();
        Assert.Multiple(() =>
        {
            Assert.That(StateOf(cut), Is.EqualTo(nameof(AgentState.Available)));
            Assert.That(view.Agents.Single(a => a.Extension == DeskRig.Agent).State, Is.EqualTo(AgentState.Available));
        });
    }

    [Test]
    public async Task Pause_WithAReason_ShowsPausedAndTheReason()
    {
        var cut = await OpenDeskAsync();
        await cut.Find("[data-test=desk-available]").ClickAsync(new());
        Until(cut, () => StateOf(cut) == nameof(AgentState.Available));

        await cut.Find("[data-test=desk-pause-reason-select]").ChangeAsync(new() { Value = "lunch" });
        await cut.Find("[data-test=desk-pause]").ClickAsync(new());

        Until(cut, () => StateOf(cut) != nameof(AgentState.Available));
        Assert.Multiple(() =>
        {
            Assert.That(StateOf(cut), Is.EqualTo(nameof(AgentState.Paused)));
            Assert.That(cut.Find("[data-test=desk-pause-reason]").TextContent, Is.EqualTo("(lunch)"));
        });
    }

    [Test]
    public async Task RefusedChange_ShowsTheDistributorsReason()
    {
        var cut = await OpenDeskAsync();

        await cut.Find("[data-test=desk-logout]").ClickAsync(new());

        Until(cut, () => cut.FindAll("[data-test=desk-state-message]").Count > 0);
        Assert.That(cut.Find("[data-test=desk-state-message]").TextContent, Is.EqualTo("Agent 1001 is already logged out."));
    }

    [Test]
    public async Task EndWrapUp_IsOfferedOnlyInWrapUp()
    {
        var cut = await OpenDeskAsync();
        Assert.That(cut.FindAll("[data-test=desk-end-wrapup]"), Is.Empty);

        rig.Bus.Publish(new AgentStateChanged(rig.Time.GetUtcNow(), DeskRig.Agent, AgentState.OnCall, AgentState.WrapUp, "call ended"));

        Until(cut, () => StateOf(cut) == nameof(AgentState.WrapUp));
        Assert.That(cut.FindAll("[data-test=desk-end-wrapup]"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StateTheDistributorChanged_AppearsAtOnce()
    {
        var cut = await OpenDeskAsync();

        rig.Bus.Publish(new AgentStateChanged(rig.Time.GetUtcNow(), DeskRig.Agent, AgentState.Ringing, AgentState.Paused, "missed calls"));

        Until(cut, () => StateOf(cut) != nameof(AgentState.LoggedOut));
        Assert.Multiple(() =>
        {
            Assert.That(StateOf(cut), Is.EqualTo(nameof(AgentState.Paused)));
            Assert.That(cut.Find("[data-test=desk-pause-reason]").TextContent, Is.EqualTo("(missed calls)"));
        });
    }

    [Test]
    public async Task AnotherAgentsState_DoesNotShow()
    {
        var cut = await OpenDeskAsync();

        rig.Bus.Publish(new AgentStateChanged(rig.Time.GetUtcNow(), "1002", AgentState.LoggedOut, AgentState.Available, "logged in"));
        rig.Bus.Publish(new AgentStateChanged(rig.Time.GetUtcNow(), DeskRig.Agent, AgentState.LoggedOut, AgentState.Paused, "training"));

        Until(cut, () => StateOf(cut) != nameof(AgentState.LoggedOut));
        Assert.That(StateOf(cut), Is.EqualTo(nameof(AgentState.Paused)), "1001's own change, not 1002's");
    }

    [Test]
    public async Task CallOffered_ThePopArrivesOnTheDesk()
    {
        var cut = await OpenDeskAsync();

        rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow()));

        Until(cut, () => cut.FindAll("[data-test=screen-pop]").Count > 0);
        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=pop-customer-name]").TextContent, Is.EqualTo("Grace Hopper"));
            Assert.That(cut.Find("[data-test=pop-phase]").TextContent, Is.EqualTo("ringing"));
        });
    }

    [Test]
    public async Task CallOfferedToAnotherAgent_DoesNotPopHere()
    {
        var cut = await OpenDeskAsync();

        rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow(), agent: "1002"));
        rig.Bus.Publish(new AgentStateChanged(rig.Time.GetUtcNow(), DeskRig.Agent, AgentState.LoggedOut, AgentState.Available, "logged in"));

        Until(cut, () => StateOf(cut) == nameof(AgentState.Available));
        Assert.That(cut.FindAll("[data-test=screen-pop]"), Is.Empty, "events reach the desk in order: the offer to 1002 came first");
    }

    [Test]
    public async Task CallConnected_OffersNotesOnThatCall()
    {
        var cut = await OpenDeskAsync();
        rig.Bus.Publish(DeskSamples.VipOffered(rig.Time.GetUtcNow()));

        rig.Bus.Publish(new CallConnected(rig.Time.GetUtcNow(), "this-call", "support", DeskRig.Agent, TimeSpan.FromSeconds(80)));

        Until(cut, () => cut.FindAll("[data-test=call-notes-form]").Count > 0 && cut.FindAll("[data-test=screen-pop]").Count > 0);
        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=call-notes-form]").GetAttribute("data-call-id"), Is.EqualTo("this-call"));
            Assert.That(cut.Find("[data-test=pop-phase]").TextContent, Is.EqualTo("on call"));
        });
    }

    [Test]
    public async Task UnknownCallerSaved_ThePopShowsTheNewCustomer()
    {
        var cut = await OpenDeskAsync();
        rig.Bus.Publish(DeskSamples.StrangerOffered(rig.Time.GetUtcNow()));
        Until(cut, () => cut.FindAll("[data-test=new-customer-form]").Count > 0);

        await cut.Find("[data-test=new-customer-name]").ChangeAsync(new() { Value = "Ada Lovelace" });
        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        Until(cut, () => cut.FindAll("[data-test=pop-customer-name]").Count > 0);
        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=pop-customer-name]").TextContent, Is.EqualTo("Ada Lovelace"));
            Assert.That(cut.FindAll("[data-test=new-customer-form]"), Is.Empty);
            Assert.That(rig.Customers.All.Single(c => c.Name == "Ada Lovelace").Phones, Is.EqualTo(new[] { DeskSamples.StrangerPhone }));
        });
    }

    [Test]
    public async Task ClosingTheDesk_StopsFollowingTheAgent()
    {
        var cut = await OpenDeskAsync();
        Assert.That(rig.Events.WatcherCount(DeskRig.Agent), Is.EqualTo(1));

        await rig.Context.DisposeComponentsAsync();

        Assert.That(rig.Events.WatcherCount(DeskRig.Agent), Is.Zero);
    }

    [Test]
    public async Task TodaysCalls_RefreshedWhenACallEnds()
    {
        var cut = await OpenDeskAsync();
        Assert.That(cut.FindAll("[data-test=todays-call]"), Is.Empty);
        rig.Journal.Add(new CallRecord
        {
            CallId = "this-call",
            StartedAt = rig.Time.GetUtcNow().AddMinutes(-3),
            ConnectedAt = rig.Time.GetUtcNow().AddMinutes(-2),
            EndedAt = rig.Time.GetUtcNow(),
            AgentExtension = DeskRig.Agent,
            CallerNumber = DeskSamples.VipPhone,
            CustomerId = DeskSamples.Vip.Id,
            Queue = "support",
            Outcome = CallOutcome.Answered,
        });

        rig.Bus.Publish(new CallEnded(rig.Time.GetUtcNow(), "this-call", "support", DeskRig.Agent, CallOutcome.Answered));

        Until(cut, () => cut.FindAll("[data-test=todays-call]").Count > 0);
        Assert.Multiple(() =>
        {
            Assert.That(cut.FindAll("[data-test=todays-call]"), Has.Count.EqualTo(1));
            Assert.That(cut.Find("[data-test=todays-call-customer]").TextContent, Is.EqualTo("Grace Hopper"));
            Assert.That(cut.Find("[data-test=todays-call-talk]").TextContent, Is.EqualTo("2:00"));
        });
    }

    /// <summary>
    /// Waits for the desk to show something. Not WaitForAssertion: NUnit keeps a failed assertion in the result even
    /// when it is retried and passes.
    /// </summary>
    private static void Until(IRenderedComponent<DeskView> cut, Func<bool> shown) => cut.WaitForState(shown, TimeSpan.FromSeconds(10));

    private static string? StateOf(IRenderedComponent<DeskView> cut) => cut.Find("[data-test=desk-state]").GetAttribute("data-state");

    private Task<IRenderedComponent<DeskView>> OpenDeskAsync()
    {
        var cut = rig.Context.Render<DeskView>();
        Until(cut, () => cut.Find("[data-test=desk]").GetAttribute("data-ready") == "true");
        return Task.FromResult(cut);
    }
}
