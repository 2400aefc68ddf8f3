using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;

namespace CallCenter.RoutingBenchmark;

/// <summary>
/// A call center to route: how many agents and waiting calls, how many of the agents are free. Calls are spread
/// over four queues with skills, relaxation steps, language matching, last-agent waits and all three strategies.
/// </summary>
internal sealed record RoutingShape(string Name, int Agents, int Calls, int MinFree, int MaxFree)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] Skills = ["billing", "returns", "orders"];

    /// <summary>Free agents have no skill and speak no language, so no call can go to any of them: every call is looked at for nothing.</summary>
    public bool FreeAgentsUnskilled { get; init; }

    /// <summary>
    /// Every caller is a returning customer waiting (up to 15 minutes) for their last agent, one of the first 100,
    /// who are all on a call: no caller can be offered anyone, and routing reads past every one of them.
    /// </summary>
    public bool EveryCallerWaitsForLastAgent { get; init; }

    public bool WorstCase { get; init; }

    public IReadOnlyDictionary<string, QueueDefinition> Queues =>
        EveryCallerWaitsForLastAgent ? BaseQueues.ToDictionary(q => q.Key, q => q.Value with { LastAgentWait = TimeSpan.FromMinutes(15) }) : BaseQueues;

    private static IReadOnlyDictionary<string, QueueDefinition> BaseQueues { get; } = new QueueDefinition[]
    {
        new()
        {
            Name = "sales",
            Strategy = RoutingStrategy.LongestIdle,
            MatchLanguage = true,
            LastAgentWait = TimeSpan.FromSeconds(30),
            TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = 10, [CustomerTier.Member] = 3 },
        },
        new()
        {
            Name = "support",
            Strategy = RoutingStrategy.RoundRobin,
            MatchLanguage = true,
            LastAgentWait = TimeSpan.FromSeconds(30),
            TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = 10, [CustomerTier.Member] = 2 },
            Skills =
            [
                new(TimeSpan.Zero, [new("billing", 4)]),
                new(TimeSpan.FromSeconds(60), [new("billing", 2)]),
                new(TimeSpan.FromSeconds(180), []),
            ],
        },
        new()
        {
            Name = "returns",
            Strategy = RoutingStrategy.FewestCalls,
            TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = 5 },
            Skills =
            [
                new(TimeSpan.Zero, [new("returns", 3), new("orders", 2)]),
                new(TimeSpan.FromSeconds(120), [new("returns", 1)]),
            ],
        },
        new()
        {
            Name = "vip-care",
            Strategy = RoutingStrategy.LongestIdle,
            MatchLanguage = true,
            LastAgentWait = TimeSpan.FromSeconds(60),
            Skills = [new(TimeSpan.Zero, [new("billing", 3), new("returns", 3)])],
        },
    }.ToDictionary(queue => queue.Name);

    /// <summary>Calls waiting up to ten minutes, in no particular order.</summary>
    public WaitingCall[] MakeCalls(Random random)
    {
        var queueNames = BaseQueues.Keys.ToArray();
        return [.. Enumerable.Range(0, Calls).Select(i => new WaitingCall
        {
            CallId = $"call-{i:000000}",
            Queue = Pick(random, queueNames, [40, 30, 20, 10]),
            Tier = Pick(random, [CustomerTier.Vip, CustomerTier.Member, CustomerTier.Regular], [5, 25, 70]),
            Language = random.Next(100) < 20 ? "zh" : "en",
            EnqueuedAt = Start.AddMilliseconds(-random.Next(600_000)),
            LastAgent = EveryCallerWaitsForLastAgent ? Extension(random.Next(HeldForAgents)) : random.Next(100) < 15 ? Extension(random.Next(Agents)) : null,
            CustomerId = random.Next(100) < 60 ? random.Next(1, 100_000) : null,
        })];
    }

    /// <summary>All agents, between <see cref="MinFree"/> and <see cref="MaxFree"/> of them available, the others busy, paused or logged out.</summary>
    public AgentSnapshot[] MakeAgents(Random random)
    {
        var first = EveryCallerWaitsForLastAgent ? HeldForAgents : 0;
        var free = random.GetItems(Enumerable.Range(first, Agents - first).ToArray(), Agents).Distinct().Take(random.Next(MinFree, MaxFree + 1)).ToHashSet();
        return [.. Enumerable.Range(0, Agents).Select(i => MakeAgent(random, i, free.Contains(i)))];
    }

    private int HeldForAgents => Math.Min(100, Agents / 2);

    private AgentSnapshot MakeAgent(Random random, int index, bool free)
    {
        var skills = new Dictionary<string, int>();
        if (!(free && FreeAgentsUnskilled))
        {
            if (random.Next(100) < 90)
            {
                skills["en"] = random.Next(3, 6);
            }
            if (random.Next(100) < 25)
            {
                skills["zh"] = random.Next(1, 6);
            }
            foreach (var skill in Skills)
            {
                if (random.Next(100) < 60)
                {
                    skills[skill] = random.Next(1, 6);
                }
            }
        }
        return new AgentSnapshot
        {
            Extension = Extension(index),
            State = free ? AgentState.Available : EveryCallerWaitsForLastAgent && index < HeldForAgents ? AgentState.OnCall : Pick(random, [AgentState.OnCall, AgentState.WrapUp, AgentState.Paused, AgentState.Ringing, AgentState.LoggedOut], [60, 15, 10, 5, 10]),
            Skills = skills,
            IdleSince = Start.AddMilliseconds(-random.Next(600_000)),
            AnsweredToday = random.Next(40),
            LastOfferedAt = BaseQueues.Keys.Where(_ => random.Next(100) < 70).ToDictionary(queue => queue, _ => Start.AddMilliseconds(-random.Next(3_600_000))),
        };
    }

    private static string Extension(int index) => (2000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static T Pick<T>(Random random, T[] items, int[] percents)
    {
        var roll = random.Next(percents.Sum());
        for (var i = 0; i < items.Length; i++)
        {
            roll -= percents[i];
            if (roll < 0)
            {
                return items[i];
            }
        }
        return items[^1];
    }
}
