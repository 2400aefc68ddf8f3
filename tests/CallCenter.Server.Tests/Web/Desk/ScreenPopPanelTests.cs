using Bunit;
using CallCenter.Server.Web.Components.Desk;
using CallCenter.Server.Web.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>The screen pop as the agent sees it, built from the offer and the stores.</summary>
[TestFixture]
public sealed class ScreenPopPanelTests
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
    public async Task VipCaller_ShowsNameTierPointsBirthdayAndLanguage()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.Multiple(() =>
        {
            Assert.That(Text(cut, "pop-customer-name"), Is.EqualTo("Grace Hopper"));
            Assert.That(Text(cut, "pop-tier"), Is.EqualTo("Vip"));
            Assert.That(Text(cut, "pop-points"), Is.EqualTo("12345"));
            Assert.That(Text(cut, "pop-birthday"), Is.EqualTo("Dec 9, 1980"));
            Assert.That(Text(cut, "pop-language"), Is.EqualTo("en"));
            Assert.That(Text(cut, "pop-caller-number"), Is.EqualTo(DeskSamples.VipPhone));
        });
    }

    [Test]
    public async Task MembershipCard_IsMaskedButForItsLastFourDigits()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.Multiple(() =>
        {
            Assert.That(Text(cut, "pop-card"), Is.EqualTo("********5678"));
            Assert.That(cut.Markup, Does.Not.Contain(DeskSamples.VipCard));
        });
    }

    [Test]
    public async Task KnownCaller_ListsTheirOrdersNewestFirstWithStatus()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        var orders = cut.FindAll("[data-test=pop-order]");
        Assert.Multiple(() =>
        {
            Assert.That(orders.Select(o => o.GetAttribute("data-order")), Is.EqualTo(new[] { "100045", "100012" }), "another customer's order is not theirs");
            Assert.That(orders[0].QuerySelector("[data-test=pop-order-status]")!.TextContent, Is.EqualTo("Shipped"));
            Assert.That(orders[0].TextContent, Does.Contain("expected Nov 24"));
        });
    }

    [Test]
    public async Task KnownCaller_ListsPreviousCallsWithAgentDispositionAndNotesButNotThisCall()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        var calls = cut.FindAll("[data-test=pop-history-call]");
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.GetAttribute("data-call-id")), Is.EqualTo(new[] { "earlier-call" }));
            Assert.That(Text(cut, "pop-history-agent"), Is.EqualTo("Li Wei (1002)"));
            Assert.That(Text(cut, "pop-history-disposition"), Is.EqualTo("follow-up"));
            Assert.That(Text(cut, "pop-history-notes"), Is.EqualTo("Wants the blue one"));
        });
    }

    [Test]
    public async Task KnownCaller_ListsTheirOpenComplaintTickets()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.That(cut.FindAll("[data-test=pop-ticket]").Select(t => t.TextContent), Has.One.Contains("Parcel damaged"));
    }

    [Test]
    public async Task IvrPath_OneLinePerStepInWordsWhereALookupFoundSomething()
    {
        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.That(cut.FindAll("[data-test=pop-ivr-step]").Select(s => s.TextContent), Is.EqualTo(new[]
        {
            "caller: Grace Hopper (Vip)",
            "main-menu: 2",
            "order 100045: shipped, expected Nov 24",
            "main-menu: 0",
        }));
    }

    [Test]
    public async Task Pop_ShowsHowLongTheCallerWaitedAndWhenItWasOffered()
    {
        var offered = DeskSamples.VipOffered(DeskRig.Start);

        var cut = await RenderAsync(offered);

        Assert.Multiple(() =>
        {
            Assert.That(Text(cut, "pop-waited"), Is.EqualTo("1:15"));
            Assert.That(cut.Find("[data-test=screen-pop]").GetAttribute("data-offered-at"), Is.EqualTo(offered.At.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task UnknownCaller_ShowsTheNewCustomerFormWithTheNumberInE164()
    {
        var cut = await RenderAsync(DeskSamples.StrangerOffered(DeskRig.Start));

        Assert.Multiple(() =>
        {
            Assert.That(cut.FindAll("[data-test=pop-customer]"), Is.Empty);
            Assert.That(cut.Find("[data-test=new-customer-phone]").GetAttribute("value"), Is.EqualTo(DeskSamples.StrangerPhone));
        });
    }

    [Test]
    public async Task DatabaseDown_ShowsTheCallAndIvrPathWithANoteAndNoNewCustomerForm()
    {
        rig.Customers.Down = true;
        rig.Orders.Down = true;
        rig.Journal.Down = true;
        rig.Complaints.Down = true;

        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.Multiple(() =>
        {
            Assert.That(cut.FindAll("[data-test=pop-problem]").Select(p => p.TextContent), Has.Some.Contains("customer record").And.Some.Contains("database is not answering"));
            Assert.That(cut.FindAll("[data-test=pop-ivr-step]"), Has.Count.EqualTo(4));
            Assert.That(cut.FindAll("[data-test=new-customer-form]"), Is.Empty, "a known caller whose record could not be read is not a new customer");
        });
    }

    [Test]
    public async Task OrdersDown_StillShowsTheCustomerWithANote()
    {
        rig.Orders.Down = true;

        var cut = await RenderAsync(DeskSamples.VipOffered(DeskRig.Start));

        Assert.Multiple(() =>
        {
            Assert.That(Text(cut, "pop-customer-name"), Is.EqualTo("Grace Hopper"));
            Assert.That(Text(cut, "pop-problem"), Does.Contain("recent orders"));
            Assert.That(cut.FindAll("[data-test=pop-history-call]"), Has.Count.EqualTo(1));
        });
    }

    private static string Text(IRenderedComponent<ScreenPopPanel> cut, string name) => cut.Find($"[data-test={name}]").TextContent.Trim();

    private async Task<IRenderedComponent<ScreenPopPanel>> RenderAsync(Core.Acd.Events.CallOffered offered)
    {
        var pop = await rig.Pops.BuildAsync(offered, CancellationToken.None);
        return rig.Context.Render<ScreenPopPanel>(p => p.Add(c => c.Pop, pop));
    }
}
