using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using static CallCenter.Core.Tests.Acd.Routing.RoutingFixture;

namespace CallCenter.Core.Tests.Acd.Routing;

/// <summary>Random call centers, each routed by the router and by <see cref="StraightforwardRouting"/>.</summary>
public sealed class CallRouterAgreementTests
{
    private static readonly string[] SkillNames = ["billing", "returns", "orders"];
    private static readonly string[] Languages = ["en", "zh"];

    [Test]
    public void Route_RandomCallCenters_DecideAsTheStraightforwardRulesDo()
    {
        for (var seed = 1; seed <= 400; seed++)
        {
            var random = new Random(seed);
            var queues = RandomQueues(random);
            var agents = RandomAgents(random, queues);
            var calls = RandomCalls(random, queues, agents);

            var expected = StraightforwardRouting.Route(calls, agents, queues, Now);
            var actual = CallRouter.Route(calls, agents, queues, Now);

            Assert.That(actual, Is.EqualTo(expected), $"seed {seed}: {calls.Length} calls, {agents.Length} agents, {queues.Count} queues");
        }
    }

    [Test]
    public void Route_FewFreeAgentsAndManyCallsInAnyOrder_DecideAsTheStraightforwardRulesDo()
    {
        for (var seed = 1; seed <= 100; seed++)
        {
            var random = new Random(seed);
            var queues = RandomQueues(random);
            var agents = RandomAgents(random, queues, maxAgents: 6);
            var calls = RandomCalls(random, queues, agents, maxCalls: 400);
            if (seed % 2 == 0)
            {
                random.Shuffle(calls);
            }

            var expected = StraightforwardRouting.Route(calls, agents, queues, Now);
            var actual = CallRouter.Route(calls, agents, queues, Now);

            Assert.That(actual, Is.EqualTo(expected), $"seed {seed}: {calls.Length} calls, {agents.Length} agents, {queues.Count} queues");
        }
    }

    [Test]
    public void Route_RandomCallCentersInShuffledOrder_DecideTheSame()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var random = new Random(seed);
            var queues = RandomQueues(random);
            var agents = RandomAgents(random, queues);
            var calls = RandomCalls(random, queues, agents);
            var inOrder = CallRouter.Route(calls, agents, queues, Now);

            random.Shuffle(calls);
            random.Shuffle(agents);
            var shuffled = CallRouter.Route(calls, agents, queues, Now);

            Assert.That(shuffled, Is.EqualTo(inOrder), $"seed {seed}");
        }
    }

    [Test]
    public void Route_RandomCallCenters_OfferOnlyAvailableAgentsAndEachAgentAndCallOnce()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var random = new Random(seed);
            var queues = RandomQueues(random);
            var agents = RandomAgents(random, queues);
            var calls = RandomCalls(random, queues, agents);

            var decisions = CallRouter.Route(calls, agents, queues, Now);

            var available = agents.Where(agent => agent.State == AgentState.Available).Select(agent => agent.Extension).ToHashSet();
            Assert.Multiple(() =>
            {
                Assert.That(decisions.Select(d => d.AgentExtension), Is.Unique.And.All.Matches<string>(available.Contains), $"seed {seed}");
                Assert.That(decisions.Select(d => d.CallId), Is.Unique.And.SubsetOf(calls.Select(call => call.CallId)), $"seed {seed}");
            });
        }
    }

    private static Dictionary<string, QueueDefinition> RandomQueues(Random random) =>
        Enumerable.Range(1, random.Next(1, 5)).Select(i => new QueueDefinition
        {
            Name = $"queue-{i}",
            Strategy = random.GetItems(Enum.GetValues<RoutingStrategy>(), 1)[0],
            MatchLanguage = random.Next(2) == 0,
            LastAgentWait = TimeSpan.FromSeconds(random.Next(3) * 30),
            TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = random.Next(1, 11), [CustomerTier.Member] = random.Next(1, 4) },
            Skills = [.. Enumerable.Range(0, random.Next(0, 4)).Select(step => new SkillStep(
                TimeSpan.FromSeconds(step * 60),
                [.. random.GetItems(SkillNames, random.Next(0, 3)).Distinct().Select(skill => new SkillRequirement(skill, random.Next(1, 6 - step)))]))],
        }).ToDictionary(queue => queue.Name);

    private static AgentSnapshot[] RandomAgents(Random random, Dictionary<string, QueueDefinition> queues, int maxAgents = 30) =>
        [.. Enumerable.Range(1, random.Next(0, maxAgents)).Select(i => new AgentSnapshot
        {
            Extension = $"1{i:000}",
            State = random.Next(3) == 0 ? random.GetItems(Enum.GetValues<AgentState>(), 1)[0] : AgentState.Available,
            IdleSince = Now.AddSeconds(-random.Next(0, 10) * 30),
            AnsweredToday = random.Next(0, 5),
            LastOfferedAt = queues.Keys.Where(_ => random.Next(2) == 0).ToDictionary(queue => queue, _ => Now.AddSeconds(-random.Next(0, 5) * 60)),
            Skills = SkillNames.Concat(Languages).Where(_ => random.Next(2) == 0).ToDictionary(skill => skill, _ => random.Next(1, 6)),
        })];

    private static WaitingCall[] RandomCalls(Random random, Dictionary<string, QueueDefinition> queues, AgentSnapshot[] agents, int maxCalls = 80) =>
        [.. Enumerable.Range(1, random.Next(0, maxCalls)).Select(i => new WaitingCall
        {
            CallId = $"call-{random.Next(1_000_000)}-{i}",
            Queue = random.GetItems(queues.Keys.ToArray(), 1)[0],
            Tier = random.GetItems(Enum.GetValues<CustomerTier>(), 1)[0],
            Language = random.Next(4) == 0 ? null : random.GetItems(Languages, 1)[0],
            EnqueuedAt = Now.AddSeconds(-random.Next(0, 40) * 5),
            LastAgent = random.Next(4) == 0 && agents.Length > 0 ? random.GetItems(agents, 1)[0].Extension : random.Next(10) == 0 ? "1999" : null,
        }).OrderBy(call => call.EnqueuedAt)];
}
