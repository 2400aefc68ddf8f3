using CallCenter.Core.Acd.Events;
using CallCenter.Core.Customers;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>Who goes first when an agent comes free, on fake time: the tier weights of the queue file.</summary>
public sealed class PriorityCallTests
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
            tier-weights: {vip: 10, member: 2, regular: 1}
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
        """;

    private TimedQueueRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task VipWaitingTenSeconds_IsOfferedBeforeARegularCallerWaitingSixty()
    {
        rig = await TimedQueueRig.StartAsync(Queues, ("1001", AgentBehavior.Manual()));
        await rig.Distributor.PauseAsync("1001", "lunch");
        // Not a customer 1001 served last: last-agent routing has no say here.
        var vipNumber = TimedQueueRig.Customer(CustomerTier.Vip, last => last != "1001").Number;
        var regular = await rig.CallAndWaitInQueueAsync();
        await rig.AdvanceAsync(TimeSpan.FromSeconds(50));
        var vip = await rig.CallAndWaitInQueueAsync(vipNumber);
        await rig.AdvanceAsync(TimeSpan.FromSeconds(10));

        await rig.Distributor.MakeAvailableAsync("1001");
        var agentCall = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Events.OfType<CallQueued>().Single(e => e.CallId == vip.CallId).Tier, Is.EqualTo(CustomerTier.Vip), "the caller was known as a VIP");
            Assert.That(rig.Now - rig.QueuedAt(regular.CallId)!.Value, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(agentCall.CallerIdNumber, Is.EqualTo(vipNumber));
            Assert.That(rig.OffersOf(regular.CallId), Is.Empty);
        });
    }
}
