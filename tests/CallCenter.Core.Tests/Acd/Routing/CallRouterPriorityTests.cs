using CallCenter.Core.Acd;
using CallCenter.Core.Customers;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class CallRouterPriorityTests
{
    [Test]
    public void Route_VipWaiting10sAndRegularWaiting60s_VipGoesFirst()
    {
        var calls = new[] { Call("regular", 60), Call("vip", 10, CustomerTier.Vip) };

        var decisions = Route(calls, [Agent("1001")]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("vip", "1001") }));
    }

    [Test]
    public void Route_VipWaiting5sAndRegularWaiting60s_RegularGoesFirst()
    {
        var calls = new[] { Call("vip", 5, CustomerTier.Vip), Call("regular", 60) };

        var decisions = Route(calls, [Agent("1001")]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("regular", "1001") }));
    }

    [Test]
    public void Route_UnlistedTier_WeighsOne()
    {
        var calls = new[] { Call("member", 20, CustomerTier.Member), Call("regular", 30) };

        var decisions = Route(calls, [Agent("1001")]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("regular", "1001") }));
    }

    [Test]
    public void Route_EqualPriority_LongerWaitGoesFirst()
    {
        // VIP 6 s × 10 = 60 = regular 60 s × 1.
        var calls = new[] { Call("vip", 6, CustomerTier.Vip), Call("regular", 60) };

        var decisions = Route(calls, [Agent("1001")]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("regular", "1001") }));
    }

    [Test]
    public void Route_EqualPriorityAndWait_LowerCallIdGoesFirst()
    {
        var calls = new[] { Call("call-b", 30), Call("call-a", 30) };

        var decisions = Route(calls, [Agent("1001")]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("call-a", "1001") }));
    }

    [Test]
    public void Route_CallsOfSeveralQueues_AreServedByPriorityAcrossQueues()
    {
        var support = Queue("support") with { TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Regular] = 3 } };
        var calls = new[] { Call("sales-40s", 40), Call("support-20s", 20, queue: "support") };

        var decisions = Route(calls, [Agent("1001")], Queue("sales"), support);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("support-20s", "1001") }));
    }

    [Test]
    public void Route_TwoAgents_TheTwoHighestPrioritiesAreOfferedInOrder()
    {
        var calls = new[] { Call("r-30", 30), Call("r-90", 90), Call("vip-8", 8, CustomerTier.Vip), Call("r-10", 10) };

        var decisions = Route(calls, [Agent("1001", idleSeconds: 100), Agent("1002", idleSeconds: 50)]);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("r-90", "1001"), Offer("vip-8", "1002") }));
    }

    [Test]
    public void Route_CallsGivenInAnotherOrder_GiveTheSameDecisions()
    {
        var calls = new[]
        {
            Call("a", 30), Call("b", 45, CustomerTier.Vip), Call("c", 300), Call("d", 30), Call("e", 2, CustomerTier.Vip), Call("f", 120),
        };
        var agents = new[] { Agent("1001", idleSeconds: 5), Agent("1002", idleSeconds: 50), Agent("1003", idleSeconds: 20) };
        var inOrder = Route(calls, agents);

        var reversed = Route([.. calls.Reverse()], [.. agents.Reverse()]);

        Assert.That(reversed, Is.EqualTo(inOrder));
    }
}
