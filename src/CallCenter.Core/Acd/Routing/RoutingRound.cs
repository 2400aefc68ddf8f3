using CallCenter.Core.Agents;

namespace CallCenter.Core.Acd.Routing;

/// <summary>The working state of one <see cref="CallRouter.Route"/>: which agents are free, which are taken, the lines of calls.</summary>
internal sealed class RoutingRound
{
    private readonly IReadOnlyList<AgentSnapshot> agents;
    private readonly IReadOnlyDictionary<string, QueueDefinition> queues;
    private readonly DateTimeOffset now;
    private readonly bool[] taken;
    private readonly bool[] keptForReturningCaller;
    private readonly Dictionary<string, int> availableByExtension = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueuePlan> plans = new(StringComparer.Ordinal);
    private readonly List<(string Queue, QueuePlan Plan)> plansByReference = [];
    private readonly List<CallLine> lines = [];
    private Dictionary<string, AgentSnapshot>? everyoneByExtension;
    private Dictionary<int, AgentPool>? lastAgentPools;
    private int[]? longestIdleOrder;
    private int[]? fewestCallsOrder;
    private Dictionary<string, int[]>? roundRobinOrders;

    public RoutingRound(IReadOnlyList<AgentSnapshot> agents, IReadOnlyDictionary<string, QueueDefinition> queues, DateTimeOffset now)
    {
        this.agents = agents;
        this.queues = queues;
        this.now = now;
        var available = new List<AgentSnapshot>();
        foreach (var agent in agents)
        {
            if (agent.State == AgentState.Available)
            {
                if (!availableByExtension.TryAdd(agent.Extension, available.Count))
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

    public AgentSnapshot[] Available { get; }

    public bool IsTaken(int agent) => taken[agent];

    /// <summary>Whether a caller is held for this available agent, who is then offered to no one else.</summary>
    public bool IsKeptForReturningCaller(int agent) => keptForReturningCaller[agent];

    public IReadOnlyList<RoutingDecision> Decide(IReadOnlyList<WaitingCall> calls)
    {
        if (Available.Length == 0)
        {
            return [];
        }
        Seat(calls);
        var next = new PriorityQueue<CallLine, RankedCall>(lines.Count, RankedCall.FirstServed);
        foreach (var line in lines)
        {
            line.PutInOrder();
            next.Enqueue(line, line.Head);
        }
        var decisions = new List<RoutingDecision>();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        while (decisions.Count < Available.Length && next.TryDequeue(out var line, out var head))
        {
            var agent = line.Pool.Best();
            if (agent < 0)
            {
                continue;
            }
            if (!decided.Add(head.Call.CallId))
            {
                throw new ArgumentException($"Call {head.Call.CallId} is listed twice.", nameof(calls));
            }
            taken[agent] = true;
            decisions.Add(new RoutingDecision(head.Call.CallId, Available[agent].Extension));
            line.Next();
            if (line.HasCalls)
            {
                next.Enqueue(line, line.Head);
            }
        }
        return decisions;
    }

    public void Opened(CallLine line) => lines.Add(line);

    public AgentPool PoolFor(QueueDefinition queue, IReadOnlyList<SkillRequirement> requirements, string? language) =>
        new(this, OrderFor(queue), [.. requirements], language, forReturningCaller: false);

    /// <summary>A pool of the one agent a returning caller waits for: they served this customer, so their skills are not asked.</summary>
    public AgentPool LastAgentPoolFor(int agent)
    {
        lastAgentPools ??= [];
        if (!lastAgentPools.TryGetValue(agent, out var pool))
        {
            pool = new AgentPool(this, [agent], [], null, forReturningCaller: true);
            lastAgentPools.Add(agent, pool);
        }
        return pool;
    }

    private void Seat(IReadOnlyList<WaitingCall> calls)
    {
        foreach (var call in calls)
        {
            var plan = PlanFor(call);
            var waitedTicks = (now - call.EnqueuedAt).Ticks;
            var ranked = new RankedCall(call, waitedTicks / (double)TimeSpan.TicksPerSecond * plan.WeightOf(call.Tier), waitedTicks);
            var line = call.LastAgent is not null && plan.LastAgentWaitTicks > 0 && waitedTicks < plan.LastAgentWaitTicks
                ? LineHeldForLastAgent(plan, call)
                : plan.LineFor(call, waitedTicks);
            line?.Add(ranked);
        }
    }

    /// <summary>
    /// A caller whose last agent is logged in waits for that agent only: if the agent is busy the call is left out
    /// of this routing (and does not hold up the calls behind it); if they are available they are kept for the
    /// caller. A last agent who is logged out, or unknown, is not waited for.
    /// </summary>
    private CallLine? LineHeldForLastAgent(QueuePlan plan, WaitingCall call)
    {
        if (availableByExtension.TryGetValue(call.LastAgent!, out var agent))
        {
            keptForReturningCaller[agent] = true;
            return plan.LastAgentLineFor(call, agent);
        }
        return Everyone().TryGetValue(call.LastAgent!, out var lastAgent) && lastAgent.LoggedIn
            ? null
            : plan.LineFor(call, (now - call.EnqueuedAt).Ticks);
    }

    /// <summary>
    /// The distributor names a call's queue with the configuration's own string, so a short search by reference
    /// finds the plan without hashing the name; any other string with the same name finds it by name.
    /// </summary>
    private QueuePlan PlanFor(WaitingCall call)
    {
        foreach (var (queueName, known) in plansByReference)
        {
            if (ReferenceEquals(queueName, call.Queue))
            {
                return known;
            }
        }
        if (plans.TryGetValue(call.Queue, out var plan))
        {
            if (plansByReference.Count < 16)
            {
                plansByReference.Add((call.Queue, plan));
            }
            return plan;
        }
        if (!queues.TryGetValue(call.Queue, out var queue))
        {
            throw new ArgumentException($"Call {call.CallId} waits in queue \"{call.Queue}\", which is not configured.", "calls");
        }
        plan = new QueuePlan(this, queue);
        plans.Add(call.Queue, plan);
        if (plansByReference.Count < 16)
        {
            plansByReference.Add((call.Queue, plan));
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
