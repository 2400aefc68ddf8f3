using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class CallRouterTests
{
    [TestCase(AgentState.LoggedOut)]
    [TestCase(AgentState.Ringing)]
    [TestCase(AgentState.OnCall)]
    [TestCase(AgentState.WrapUp)]
    [TestCase(AgentState.Paused)]
    public void Route_AgentNotAvailable_IsNeverOffered(AgentState state)
    {
        var decisions = Route([Call("caller", 10)], [Agent("1001", state, idleSeconds: 600)]);

        Assert.That(decisions, Is.Empty);
    }

    [Test]
    public void Route_MoreCallsThanAgents_EachAgentIsOfferedOneCall()
    {
        var calls = Enumerable.Range(1, 5).Select(i => Call($"call-{i}", i * 10)).ToArray();
        var agents = new[] { Agent("1001"), Agent("1002") };

        var decisions = Route(calls, agents);

        Assert.That(decisions.Select(decision => decision.AgentExtension), Is.EquivalentTo(new[] { "1001", "1002" }));
    }

    [Test]
    public void Route_MoreAgentsThanCalls_EachCallIsOfferedToOneAgent()
    {
        var agents = Enumerable.Range(1, 5).Select(i => Agent($"100{i}", idleSeconds: i)).ToArray();

        var decisions = Route([Call("call-a", 10), Call("call-b", 20)], agents);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("call-b", "1005"), Offer("call-a", "1004") }));
    }

    [Test]
    public void Route_NoCalls_DecidesNothing()
    {
        var decisions = Route([], [Agent("1001")]);

        Assert.That(decisions, Is.Empty);
    }

    [Test]
    public void Route_CallInAQueueNotConfigured_IsAnErrorNamingCallAndQueue()
    {
        var error = Assert.Throws<ArgumentException>(() => Route([Call("call-7", 10, queue: "gone")], [Agent("1001")], Queue("sales")));

        Assert.That(error!.Message, Does.Contain("call-7").And.Contain("\"gone\""));
    }

    [Test]
    public void Route_AnAgentListedTwice_IsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => Route([Call("caller", 10)], [Agent("1001"), Agent("1001")]));

        Assert.That(error!.Message, Does.Contain("1001"));
    }

    [Test]
    public void Route_ACallListedTwice_IsAnErrorRatherThanTwoOffers()
    {
        var error = Assert.Throws<ArgumentException>(() => Route([Call("caller", 10), Call("caller", 10)], [Agent("1001"), Agent("1002")]));

        Assert.That(error!.Message, Does.Contain("caller"));
    }

    [Test]
    public void Route_TheSameInputTwice_GivesTheSameDecisions()
    {
        var calls = Enumerable.Range(1, 40).Select(i => Call($"call-{i:00}", i % 7 * 10)).ToArray();
        var agents = Enumerable.Range(1, 10).Select(i => Agent($"10{i:00}", idleSeconds: i % 3)).ToArray();

        var first = Route(calls, agents);
        var second = Route(calls, agents);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Route_TheTimeGiven_IsTheOnlyClock()
    {
        var calls = new[] { Call("regular", 60), Call("vip", 5, Core.Customers.CustomerTier.Vip) };
        var queues = Queues(Queue());

        var now = CallRouter.Route(calls, [Agent("1001")], queues, Now);
        var tenSecondsLater = CallRouter.Route(calls, [Agent("1001")], queues, Now.AddSeconds(10));

        // Now: VIP 5 × 10 = 50 < 60; ten seconds later: 15 × 10 = 150 > 70.
        Assert.That((now.Single().CallId, tenSecondsLater.Single().CallId), Is.EqualTo(("regular", "vip")));
    }

    [Test]
    public void Route_AQueueWithANegativeTierWeight_IsAnErrorNamingQueueAndTier()
    {
        var queue = Queue() with { TierWeights = new Dictionary<Core.Customers.CustomerTier, double> { [Core.Customers.CustomerTier.Member] = -2 } };

        var error = Assert.Throws<ArgumentException>(() => Route([Call("caller", 10)], [Agent("1001")], queue));

        Assert.That(error!.Message, Does.Contain("sales").And.Contain("Member"));
    }
}
