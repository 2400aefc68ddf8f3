using System.Globalization;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// A returning customer, on fake time: they wait up to the queue's last-agent-wait for the agent who served them
/// last (as the demo call history has it), even while another agent is free, and then take whoever is free.
/// </summary>
public sealed class LastAgentCallTests
{
    private static readonly (string Number, string? LastAgent) Customer = TimedQueueRig.Customer(CustomerTier.Regular, last => last is not null);
    private static readonly string LastAgent = Customer.LastAgent!;
    private static readonly string OtherAgent = LastAgent == "1001" ? "1002" : "1001";

    private TimedQueueRig rig = null!;

    private static string Queues => string.Create(CultureInfo.InvariantCulture, $$$"""
        queues:
          support:
            skills: {support: 1}
            strategy: longest-idle
            ring-timeout: 5s
            wrap-up: 0s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
            last-agent-wait: 20s
        agents:
          - {extension: "{{{LastAgent}}}", name: Last Agent, skills: {support: 3}}
          - {extension: "{{{OtherAgent}}}", name: Other Agent, skills: {support: 3}}
        """);

    [SetUp]
    public async Task SetUp()
    {
        rig = await TimedQueueRig.StartAsync(Queues, (LastAgent, AgentBehavior.Manual()), (OtherAgent, AgentBehavior.Manual()));
        await rig.Distributor.PauseAsync(LastAgent, "coffee");
    }

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task LastAgentComesBackWithinTheWait_TheCustomerIsOfferedToThemNotToTheFreeAgent()
    {
        var caller = await rig.CallAndWaitInQueueAsync(Customer.Number);
        await rig.AdvanceAsync(TimeSpan.FromSeconds(10));
        var offersWhileAway = rig.OffersOf(caller.CallId).Count;

        await rig.Distributor.MakeAvailableAsync(LastAgent);
        await rig.AdvanceUntilAsync(() => rig.OffersOf(caller.CallId).Count > 0, "an offer", TimeSpan.FromSeconds(2));

        Assert.Multiple(() =>
        {
            Assert.That(offersWhileAway, Is.Zero, "the other agent was free all along");
            Assert.That(rig.Agent(OtherAgent).State, Is.EqualTo(AgentState.Available));
            Assert.That(rig.OffersOf(caller.CallId).Select(o => o.Agent), Is.EqualTo(new[] { LastAgent }));
        });
    }

    [Test]
    public async Task LastAgentStaysAway_AfterTwentySecondsTheFreeAgentIsOffered()
    {
        var caller = await rig.CallAndWaitInQueueAsync(Customer.Number);

        await rig.AdvanceUntilAsync(() => rig.OffersOf(caller.CallId).Count > 0, "an offer", TimeSpan.FromSeconds(25));
        var offer = rig.OffersOf(caller.CallId).Single();

        Assert.Multiple(() =>
        {
            Assert.That(offer.Agent, Is.EqualTo(OtherAgent));
            Assert.That(offer.At - rig.QueuedAt(caller.CallId)!.Value, Is.InRange(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20) + TimedQueueRig.Tolerance));
        });
    }

    [Test]
    public async Task CallerWithoutALastAgent_IsOfferedToTheFreeAgentAtOnce()
    {
        var caller = await rig.CallAndWaitInQueueAsync();

        await rig.AdvanceUntilAsync(() => rig.OffersOf(caller.CallId).Count > 0, "an offer", TimeSpan.FromSeconds(2));

        Assert.That(rig.OffersOf(caller.CallId).Single().Agent, Is.EqualTo(OtherAgent));
    }
}
