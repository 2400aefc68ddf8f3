using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Customers;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

public sealed class WaitingCallsTests
{
    [Test]
    public void Add_ACallAlreadyWaiting_IsAnErrorAndKeepsTheFirst()
    {
        var waiting = new WaitingCalls([Call("caller", 30)]);

        var error = Assert.Throws<ArgumentException>(() => waiting.Add(Call("caller", 5, queue: "support")));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("caller"));
            Assert.That(waiting.All.Single().Queue, Is.EqualTo("sales"));
        });
    }

    [Test]
    public void Remove_ACallNotWaiting_IsFalse()
    {
        var waiting = new WaitingCalls([Call("caller", 30)]);

        Assert.That(waiting.Remove("someone-else"), Is.False);
    }

    [Test]
    public void Remove_AWaitingCall_TakesItOut()
    {
        var waiting = new WaitingCalls([Call("first", 30), Call("second", 20), Call("third", 10)]);

        var removed = waiting.Remove("second");

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.True);
            Assert.That(waiting.Count, Is.EqualTo(2));
            Assert.That(waiting.Contains("second"), Is.False);
        });
    }

    [Test]
    public void Route_ACallRemoved_IsNotOffered()
    {
        var waiting = new WaitingCalls([Call("longest", 90), Call("next", 30)]);
        waiting.Remove("longest");

        var decisions = CallRouter.Route(waiting, [Agent("1001")], Queues(Queue()), Now);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("next", "1001") }));
    }

    [Test]
    public void Route_ACallerWhoOverflowedKeepingTheirTime_GoesBeforeTheCallersOfTheNewQueue()
    {
        var waiting = new WaitingCalls([Call("support-60", 60, queue: "support"), Call("overflowed", 300, queue: "sales")]);
        var overflowed = waiting.All.Single(call => call.CallId == "overflowed");
        waiting.Remove("overflowed");
        waiting.Add(overflowed with { Queue = "support" });

        var decisions = CallRouter.Route(waiting, [Agent("1001")], Queues(Queue("support")), Now);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("overflowed", "1001") }));
    }

    [Test]
    public void Route_ACallerWhoLeftAfterWaitingForTheirLastAgent_NoLongerKeepsTheAgent()
    {
        var waiting = new WaitingCalls([Call("returning", 10, lastAgent: "1001"), Call("other", 5)]);
        waiting.Remove("returning");

        var decisions = CallRouter.Route(waiting, [Agent("1001")], Queues(Queue(lastAgentWaitSeconds: 30)), Now);

        Assert.That(decisions, Is.EqualTo(new[] { Offer("other", "1001") }));
    }

    [Test]
    public void Route_CallsAddedAndRemovedAtRandom_DecideAsTheStraightforwardRulesDoOnWhatIsLeft()
    {
        var random = new Random(5);
        var queues = Queues(Queue("sales", lastAgentWaitSeconds: 60), Queue("support", Core.Acd.RoutingStrategy.FewestCalls, matchLanguage: true));
        var agents = Enumerable.Range(0, 12).Select(i => Agent($"10{i:00}", idleSeconds: random.Next(100), answeredToday: random.Next(5), skills: ("zh", 1))).ToArray();
        var waiting = new WaitingCalls();
        var ids = new List<string>();
        for (var step = 0; step < 2_000; step++)
        {
            if (ids.Count > 0 && random.Next(3) == 0)
            {
                var leaving = ids[random.Next(ids.Count)];
                ids.Remove(leaving);
                waiting.Remove(leaving);
            }
            else
            {
                var call = Call(
                    $"call-{step}",
                    random.Next(0, 120),
                    random.GetItems(Enum.GetValues<CustomerTier>(), 1)[0],
                    random.Next(2) == 0 ? "sales" : "support",
                    random.Next(3) == 0 ? "zh" : null,
                    random.Next(5) == 0 ? agents[random.Next(agents.Length)].Extension : null);
                ids.Add(call.CallId);
                waiting.Add(call);
            }
        }

        var decisions = CallRouter.Route(waiting, agents, queues, Now);

        Assert.That(decisions, Is.EqualTo(StraightforwardRouting.Route([.. waiting.All], agents, queues, Now)));
    }
}
