using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class CallRouterStrategyTests
{
    [Test]
    public void Route_LongestIdle_OffersTheAgentFreeSinceEarliest()
    {
        var agents = new[] { Agent("1001", idleSeconds: 30), Agent("1002", idleSeconds: 300), Agent("1003", idleSeconds: 120) };

        var decisions = Route([Call("caller", 10)], agents, Queue(strategy: RoutingStrategy.LongestIdle));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [Test]
    public void Route_FewestCalls_OffersTheAgentWhoAnsweredFewestToday()
    {
        var agents = new[] { Agent("1001", idleSeconds: 300, answeredToday: 12), Agent("1002", answeredToday: 3), Agent("1003", answeredToday: 7) };

        var decisions = Route([Call("caller", 10)], agents, Queue(strategy: RoutingStrategy.FewestCalls));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [Test]
    public void Route_RoundRobin_OffersTheAgentOfferedACallOfThisQueueLongestAgo()
    {
        var agents = new[]
        {
            Offered(Agent("1001", idleSeconds: 300), ("sales", 20)),
            Offered(Agent("1002"), ("sales", 200), ("support", 5)),
            Offered(Agent("1003"), ("sales", 90)),
        };

        var decisions = Route([Call("caller", 10)], agents, Queue(strategy: RoutingStrategy.RoundRobin));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [Test]
    public void Route_RoundRobin_AnAgentNeverOfferedThisQueueComesFirst()
    {
        var agents = new[] { Offered(Agent("1001"), ("sales", 900)), Offered(Agent("1002"), ("support", 900)) };

        var decisions = Route([Call("caller", 10)], agents, Queue(strategy: RoutingStrategy.RoundRobin));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [TestCase(RoutingStrategy.LongestIdle)]
    [TestCase(RoutingStrategy.RoundRobin)]
    [TestCase(RoutingStrategy.FewestCalls)]
    public void Route_AgentsEqualForTheStrategy_TheLowerExtensionIsOffered(RoutingStrategy strategy)
    {
        var agents = new[] { Agent("1003", idleSeconds: 60, answeredToday: 4), Agent("1001", idleSeconds: 60, answeredToday: 4), Agent("1002", idleSeconds: 60, answeredToday: 4) };

        var decisions = Route([Call("caller", 10)], agents, Queue(strategy: strategy));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1001") }));
    }

    [Test]
    public void Route_QueuesWithDifferentStrategies_EachPicksByItsOwn()
    {
        var agents = new[] { Agent("1001", idleSeconds: 300, answeredToday: 9), Agent("1002", idleSeconds: 10, answeredToday: 1) };
        var calls = new[] { Call("fewest", 50, queue: "fewest"), Call("idle", 40, queue: "idle") };

        var decisions = Route(calls, agents, Queue("fewest", RoutingStrategy.FewestCalls), Queue("idle", RoutingStrategy.LongestIdle));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("fewest", "1002"), Offer("idle", "1001") }));
    }

    private static AgentSnapshot Offered(AgentSnapshot agent, params (string Queue, double SecondsAgo)[] offers) =>
        agent with { LastOfferedAt = offers.ToDictionary(offer => offer.Queue, offer => Now.AddSeconds(-offer.SecondsAgo)) };
}
