using CallCenter.Core.Acd;
using CallCenter.Core.Customers;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class CallRouterSkillTests
{
    // Billing expert (level 4) for the first minute, then anyone with billing at level 2.
    private static readonly QueueDefinition Billing = Queue(
        "billing",
        skills: [new(TimeSpan.Zero, [new("billing", 4)]), new(TimeSpan.FromSeconds(60), [new("billing", 2)])]);

    [Test]
    public void Route_AgentBelowTheRequiredLevel_IsNotOffered()
    {
        var calls = new[] { Call("caller", 30, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("billing", 3))], Billing);

        Assert.That(decisions, Is.Empty);
    }

    [Test]
    public void Route_AgentWithoutTheSkill_IsNotOffered()
    {
        var calls = new[] { Call("caller", 90, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("returns", 5))], Billing);

        Assert.That(decisions, Is.Empty);
    }

    [Test]
    public void Route_AgentAtTheRequiredLevel_IsOffered()
    {
        var calls = new[] { Call("caller", 30, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("billing", 4))], Billing);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1001") }));
    }

    [TestCase(59, false)]
    [TestCase(60, true)]
    [TestCase(61, true)]
    public void Route_OnceTheCallerHasWaitedTheRelaxationStep_ALowerLevelAgentIsOffered(double waitedSeconds, bool offered)
    {
        var calls = new[] { Call("caller", waitedSeconds, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("billing", 2))], Billing);

        Assert.That(decisions, offered ? Is.EqualTo(new[] { Offer("caller", "1001") }) : Is.Empty);
    }

    [Test]
    public void Route_StepsListedOutOfOrder_TheLastReachedStepStillApplies()
    {
        var queue = Billing with { Skills = [.. Billing.Skills.Reverse()] };
        var calls = new[] { Call("caller", 90, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("billing", 2))], queue);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1001") }));
    }

    [Test]
    public void Route_RelaxedCall_KeepsItsPlaceAheadOfACallerWhoWaitedLess()
    {
        var calls = new[] { Call("waited-30", 30, queue: "billing"), Call("waited-90", 90, queue: "billing") };

        var decisions = Route(calls, [Agent("1001", skills: ("billing", 5))], Billing);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("waited-90", "1001") }));
    }

    [Test]
    public void Route_CallNoAvailableAgentCanTake_DoesNotStopTheCallsBehindIt()
    {
        var calls = new[] { Call("vip-billing", 30, CustomerTier.Vip, queue: "billing"), Call("sales", 5) };
        var agents = new[] { Agent("1001", skills: ("billing", 3)) };

        var decisions = Route(calls, agents, Billing, Queue("sales"));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("sales", "1001") }));
    }

    [Test]
    public void Route_AllRequirementsOfAStep_MustBeMet()
    {
        var queue = Queue("vip-care", skills: [new(TimeSpan.Zero, [new("billing", 2), new("returns", 2)])]);
        var calls = new[] { Call("caller", 10, queue: "vip-care") };
        var agents = new[] { Agent("1001", idleSeconds: 100, skills: ("billing", 5)), Agent("1002", idleSeconds: 10, skills: [("billing", 2), ("returns", 2)]) };

        var decisions = Route(calls, agents, queue);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [Test]
    public void Route_QueueMatchingLanguages_OffersOnlyAnAgentWhoSpeaksTheCallersLanguage()
    {
        var calls = new[] { Call("caller", 10, language: "zh") };
        var agents = new[] { Agent("1001", idleSeconds: 600, skills: ("en", 5)), Agent("1002", idleSeconds: 5, skills: ("zh", 1)) };

        var decisions = Route(calls, agents, Queue(matchLanguage: true));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }

    [Test]
    public void Route_QueueNotMatchingLanguages_IgnoresTheCallersLanguage()
    {
        var calls = new[] { Call("caller", 10, language: "zh") };

        var decisions = Route(calls, [Agent("1001", skills: ("en", 5))], Queue(matchLanguage: false));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1001") }));
    }

    [Test]
    public void Route_QueueMatchingLanguagesAndCallerOfUnknownLanguage_AnyAgentIsOffered()
    {
        var calls = new[] { Call("caller", 10, language: null) };

        var decisions = Route(calls, [Agent("1001", skills: ("en", 5))], Queue(matchLanguage: true));

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1001") }));
    }

    [Test]
    public void Route_LanguageRequirement_AddsToTheStepsSkills()
    {
        var queue = Billing with { MatchLanguage = true };
        var calls = new[] { Call("caller", 10, queue: "billing", language: "zh") };
        var agents = new[] { Agent("1001", idleSeconds: 100, skills: ("zh", 3)), Agent("1002", idleSeconds: 10, skills: [("billing", 4), ("zh", 1)]) };

        var decisions = Route(calls, agents, queue);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("caller", "1002") }));
    }
}
