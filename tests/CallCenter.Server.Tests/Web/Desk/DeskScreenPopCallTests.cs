using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Desk;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>
/// Screen pops from real calls: a caller goes through the hotline's IVR into the queue on FakeAsterisk, the server
/// offers the call to an agent whose desktop is open, and the pop reaches that desktop while the agent's phone rings.
/// </summary>
[TestFixture]
public sealed class DeskScreenPopCallTests
{
    private const string Queues = """
        auto-pause-after-missed: 0
        queues:
          support:
            skills: {support: 1}
            strategy: longest-idle
            ring-timeout: 30s
            wrap-up: 0s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
            music-on-hold: default
            tier-weights: {vip: 10, member: 2, regular: 1}
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private HotlineRig rig = null!;

    [SetUp]
    public async Task SetUp()
    {
        rig = await HotlineRig.StartAsync(new HotlineRigOptions { Queues = Queues, AgentsLoggedIn = ["1001"] });
        rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
    }

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task VipCallerReachesTheQueue_TheAgentsPopShowsThemTheirOrdersAndIvrPathWhileThePhoneRings()
    {
        var vip = DemoDatabase.Data.Customers
            .Where(c => c.Tier == CustomerTier.Vip && c.PreferredLanguage == "en" && c.Phones.Count > 0)
            .MaxBy(c => DemoDatabase.Data.Orders.Count(o => o.CustomerId == c.Id))!;
        var expectedOrders = DemoDatabase.Data.Orders.Where(o => o.CustomerId == vip.Id).OrderByDescending(o => o.PlacedAt).Take(5).Select(o => o.Number);
        var desk = new RecordingWatcher();
        using var watching = rig.Service<DeskEvents>().Watch("1001", desk);

        await using var caller = await rig.CallAsync(vip.Phones[0]);
        // Known to speak English: the language menu is skipped.
        await caller.HearAsync("main-menu");
        await caller.PressAsync("0");
        var pop = await desk.NextPopAsync(HotlineRig.Patience);
        var agentCall = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);
        await agentCall.WaitForRingingAsync(HotlineRig.Patience);

        TestContext.Out.WriteLine($"Screen pop handed to the desk {(pop.PushedAt - pop.OfferedAt).TotalMilliseconds:0.0} ms after the offer");
        Assert.Multiple(() =>
        {
            Assert.That(agentCall.IsRinging, Is.True, "the agent has not answered");
            Assert.That(pop.CallId, Is.EqualTo(caller.CallId));
            Assert.That(pop.Customer?.Name, Is.EqualTo(vip.Name));
            Assert.That(pop.Customer?.Tier, Is.EqualTo(CustomerTier.Vip));
            Assert.That(pop.Customer?.MaskedCard, Is.EqualTo(MembershipCard.Mask(vip.CardNumber)));
            Assert.That(pop.Orders.Select(o => o.Number), Is.EquivalentTo(expectedOrders));
            Assert.That(pop.IvrPath, Does.Contain($"caller: {vip.Name} (Vip)"));
            Assert.That(pop.IvrPath.Last(), Does.StartWith("main-menu: 0"));
            Assert.That(pop.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task UnknownCallerCaptured_TheirNextCallPopsTheNewCustomer()
    {
        var desk = new RecordingWatcher();
        using var watching = rig.Service<DeskEvents>().Watch("1001", desk);
        var first = await rig.CallAsync();
        await first.ReachMainMenuAsync();
        await first.PressAsync("0");
        var unknown = await desk.NextPopAsync(HotlineRig.Patience);
        Assert.That(unknown.IsUnknownCaller, Is.True);

        var customer = await rig.Service<ICustomerDirectory>().AddAsync(new NewCustomer("Ada Lovelace", unknown.CallerE164!) { PreferredLanguage = "en" }, CancellationToken.None);
        await first.HangUpAsync();
        await using var second = await rig.CallAsync(first.Phone.CallerNumber);
        await second.HearAsync("main-menu");
        await second.PressAsync("0");
        var known = await desk.NextPopAsync(HotlineRig.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(known.CallId, Is.EqualTo(second.CallId));
            Assert.That(known.Customer?.Id, Is.EqualTo(customer.Id));
            Assert.That(known.Customer?.Name, Is.EqualTo("Ada Lovelace"));
        });
    }
}
