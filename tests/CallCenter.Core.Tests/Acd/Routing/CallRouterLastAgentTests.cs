using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class CallRouterLastAgentTests
{
    [Test]
    public void Route_LastAgentAvailableWithinTheWait_GetsTheCallOverAnAgentIdleLonger()
    {
        var calls = new[] { Call("returning", 10, lastAgent: "1002") };
        var agents = new[] { Agent("1001", idleSeconds: 600), Agent("1002", idleSeconds: 1) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1002") }));
    }

    [TestCase(AgentState.OnCall)]
    [TestCase(AgentState.Ringing)]
    [TestCase(AgentState.WrapUp)]
    [TestCase(AgentState.Paused)]
    public void Route_LastAgentLoggedInButNotAvailableWithinTheWait_CallWaitsForThem(AgentState lastAgentState)
    {
        var calls = new[] { Call("returning", 29, lastAgent: "1002") };
        var agents = new[] { Agent("1001"), Agent("1002", lastAgentState) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.Empty);
    }

    [Test]
    public void Route_CallWaitingForItsBusyLastAgent_DoesNotHoldUpTheCallsBehindIt()
    {
        var calls = new[] { Call("returning-vip", 20, CustomerTier.Vip, lastAgent: "1002"), Call("regular", 5) };
        var agents = new[] { Agent("1001"), Agent("1002", AgentState.OnCall) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("regular", "1001") }));
    }

    [Test]
    public void Route_LastAgentBusyPastTheWait_CallGoesToAnyone()
    {
        var calls = new[] { Call("returning", 31, lastAgent: "1002") };
        var agents = new[] { Agent("1001"), Agent("1002", AgentState.OnCall) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1001") }));
    }

    [Test]
    public void Route_LastAgentLoggedOut_CallGoesToAnyoneAtOnce()
    {
        var calls = new[] { Call("returning", 1, lastAgent: "1002") };
        var agents = new[] { Agent("1001"), Agent("1002", AgentState.LoggedOut) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1001") }));
    }

    [Test]
    public void Route_LastAgentNotAmongTheAgents_CallGoesToAnyoneAtOnce()
    {
        var calls = new[] { Call("returning", 1, lastAgent: "1999") };

        var decisions = Route(calls, [Agent("1001")], Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1001") }));
    }

    [Test]
    public void Route_QueueWithoutLastAgentWait_DoesNotWaitForTheLastAgent()
    {
        var calls = new[] { Call("returning", 1, lastAgent: "1002") };
        var agents = new[] { Agent("1001"), Agent("1002", AgentState.OnCall) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 0));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1001") }));
    }

    [Test]
    public void Route_LastAgentWithoutTheQueueSkills_StillGetsTheCallHeldForThem()
    {
        var queue = Queue(lastAgentWaitSeconds: 30, skills: [new(TimeSpan.Zero, [new("billing", 3)])]);
        var calls = new[] { Call("returning", 10, lastAgent: "1002") };
        var agents = new[] { Agent("1001", skills: ("billing", 5)), Agent("1002") };

        var decisions = Route(calls, agents, queue);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("returning", "1002") }));
    }

    [Test]
    public void Route_TwoCallsHeldForTheSameAgent_TheHigherPriorityGetsThemAndTheOtherWaits()
    {
        var calls = new[] { Call("regular-20", 20, lastAgent: "1002"), Call("vip-5", 5, CustomerTier.Vip, lastAgent: "1002") };
        var agents = new[] { Agent("1001"), Agent("1002") };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("vip-5", "1002") }));
    }

    [Test]
    public void Route_AvailableLastAgent_IsKeptForTheCallHeldForThemNotGivenToAHigherPriorityCall()
    {
        var calls = new[] { Call("anyone-90", 90), Call("returning-10", 10, lastAgent: "1002") };
        var agents = new[] { Agent("1001", idleSeconds: 5), Agent("1002", idleSeconds: 60) };

        var decisions = Route(calls, agents, Queue(lastAgentWaitSeconds: 30));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("anyone-90", "1001"), Offer("returning-10", "1002") }));
    }
}
