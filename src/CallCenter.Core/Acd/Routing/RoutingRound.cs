using CallCenter.Core.Agents;

namespace CallCenter.Core.Acd.Routing;

/// <summary>The working state of one routing: which agents are free, which are taken or kept, the plans of the queues.</summary>
internal sealed class RoutingRound
{
    private readonly IReadOnlyList<AgentSnapshot> agents;
    private readonly IReadOnlyDictionary<string, QueueDefinition> queues;
    private readonly bool[] taken;
    private readonly bool[] keptForReturningCaller;
    private readonly Dictionary<string, QueuePlan> plans = new(StringComparer.Ordinal);
    private Dictionary<string, AgentSnapshot>? everyoneByExtension;
    private int[]? longestIdleOrder;
    private int[]? fewestCallsOrder;
    private Dictionary<string, int[]>? roundRobinOrders;

    public RoutingRound(IReadOnlyList<AgentSnapshot> agents, IReadOnlyDictionary<string, QueueDefinition> queues, DateTimeOffset now)
    {
        this.agents = agents;
        this.queues = queues;
        Now = now;
        var available = new List<AgentSnapshot>();
        var extensions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            if (agent.State == AgentState.Available)
            {
                if (!extensions.Add(agent.Extension))
                {
                    throw new ArgumentException($"Agent {agent.Extension} is listed twice.", nameof(agents));
                }
                available.Add(agent);
            }
        }
        Available = [.. available];
        taken = new bool[Available.Length];
        keptForReturningCaller = new bool[Available.Length];
    }

    public DateTimeOffset Now { get; }

    public AgentSnapshot[] Available { get; }

    public bool IsTaken(int agent) => taken[agent];

    /// <summary>Whether a caller is held for this available agent, who is then offered to no one else.</summary>
    public bool IsKeptForReturningCaller(int agent) => keptForReturningCaller[agent];

    public IReadOnlyList<RoutingDecision> Decide(WaitingCalls waiting)
    {
        if (Available.Length == 0 || waiting.Count == 0)
        {
            return [];
        }
        var sources = new PriorityQueue<CallSource, RankedCall>(RankedCall.FirstServed);
        KeepAgentsForReturningCallers(waiting, sources);
        foreach (var (key, line) in waiting.Lines)
        {
            var source = new WaitingLineSource(this, PlanFor(line[0]), line, key.Language);
            if (source.TryNext())
            {
                sources.Enqueue(source, source.Head);
            }
        }
        var decisions = new List<RoutingDecision>();
        while (decisions.Count < Available.Length && sources.TryDequeue(out var source, out var head))
        {
            var agent = source.AgentForHead();
            if (agent >= 0)
            {
                taken[agent] = true;
                decisions.Add(new RoutingDecision(head.Call.CallId, Available[agent].Extension));
            }
            if (source.TryNext())
            {
                sources.Enqueue(source, source.Head);
            }
        }
        return decisions;
    }

    /// <summary>
    /// A caller whose last agent is logged in waits for that agent only, for the queue's last-agent wait (counted from
    /// when they were first queued). A last agent who is logged out, or unknown, is not waited for.
    /// </summary>
    public bool IsHeldForLastAgent(QueuePlan plan, in RankedCall call) =>
        call.Call.LastAgent is { } lastAgent
        && plan.LastAgentWaitTicks > 0
        && call.WaitedTicks < plan.LastAgentWaitTicks
        && Everyone().TryGetValue(lastAgent, out var agent)
        && agent.LoggedIn;

    public AgentPool PoolFor(QueueDefinition queue, IReadOnlyList<SkillRequirement> requirements, string? language) =>
        new(this, OrderFor(queue), [.. requirements], language);

    /// <summary>Each available agent for whom callers are held is kept for the best of them, whatever their skills: they served that customer.</summary>
    private void KeepAgentsForReturningCallers(WaitingCalls waiting, PriorityQueue<CallSource, RankedCall> sources)
    {
        for (var agent = 0; agent < Available.Length; agent++)
        {
            if (waiting.CallsOfLastAgent(Available[agent].Extension) is not { } calls)
            {
                continue;
            }
            RankedCall? best = null;
            foreach (var call in calls)
            {
                var plan = PlanFor(call);
                var ranked = plan.Rank(call, Now);
                if (IsHeldForLastAgent(plan, ranked) && (best is null || RankedCall.Compare(ranked, best.Value) < 0))
                {
                    best = ranked;
                }
            }
            if (best is { } held)
            {
                keptForReturningCaller[agent] = true;
                sources.Enqueue(new ReturningCallerSource(agent, held), held);
            }
        }
    }

    private QueuePlan PlanFor(WaitingCall call)
    {
        if (!plans.TryGetValue(call.Queue, out var plan))
        {
            if (!queues.TryGetValue(call.Queue, out var queue))
            {
                throw new ArgumentException($"Call {call.CallId} waits in queue \"{call.Queue}\", which is not configured.", "waiting");
            }
            plan = new QueuePlan(this, queue);
            plans.Add(call.Queue, plan);
        }
        return plan;
    }

    private Dictionary<string, AgentSnapshot> Everyone()
    {
        if (everyoneByExtension is null)
        {
            everyoneByExtension = new Dictionary<string, AgentSnapshot>(agents.Count, StringComparer.Ordinal);
            foreach (var agent in agents)
            {
                if (!everyoneByExtension.TryAdd(agent.Extension, agent))
                {
                    throw new ArgumentException($"Agent {agent.Extension} is listed twice.", nameof(agents));
                }
            }
        }
        return everyoneByExtension;
    }

    /// <summary>The available agents in the order the queue's strategy prefers them, ties by extension.</summary>
    private int[] OrderFor(QueueDefinition queue) => queue.Strategy switch
    {
        RoutingStrategy.LongestIdle => longestIdleOrder ??= Order(agent => agent.IdleSince.UtcTicks),
        RoutingStrategy.FewestCalls => fewestCallsOrder ??= Order(agent => agent.AnsweredToday),
        RoutingStrategy.RoundRobin => RoundRobinOrder(queue.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue.Strategy, $"Queue {queue.Name} has an unknown strategy."),
    };

    private int[] RoundRobinOrder(string queue)
    {
        roundRobinOrders ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (!roundRobinOrders.TryGetValue(queue, out var order))
        {
            order = Order(agent => agent.LastOfferedAt.TryGetValue(queue, out var offered) ? offered.UtcTicks : long.MinValue);
            roundRobinOrders.Add(queue, order);
        }
        return order;
    }

    private int[] Order(Func<AgentSnapshot, long> key)
    {
        var order = new int[Available.Length];
        var keys = new long[Available.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = key(Available[i]);
        }
        Array.Sort(order, (a, b) =>
        {
            var byKey = keys[a].CompareTo(keys[b]);
            return byKey != 0 ? byKey : string.CompareOrdinal(Available[a].Extension, Available[b].Extension);
        });
        return order;
    }
}
