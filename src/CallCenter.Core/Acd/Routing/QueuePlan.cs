using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd.Routing;

/// <summary>One queue's rules made ready for one routing: weights by tier, skill steps by wait, and its calls' lines.</summary>
internal sealed class QueuePlan
{
    private static readonly int TierCount = Enum.GetValues<CustomerTier>().Length;

    private readonly RoutingRound round;
    private readonly QueueDefinition queue;
    private readonly double[] weights = new double[TierCount];
    private readonly SkillStep[] steps;
    private readonly Seating?[] seatingByStep;
    private readonly List<(string Language, Seating Seating)>?[] seatingByStepAndLanguage;
    private Dictionary<int, Seating>? seatingByLastAgent;

    public QueuePlan(RoutingRound round, QueueDefinition queue)
    {
        this.round = round;
        this.queue = queue;
        for (var tier = 0; tier < TierCount; tier++)
        {
            weights[tier] = queue.WeightOf((CustomerTier)tier);
        }
        steps = queue.Skills.Count == 0 ? [new SkillStep(TimeSpan.Zero, [])] : [.. queue.Skills.OrderBy(step => step.After)];
        seatingByStep = new Seating?[steps.Length];
        seatingByStepAndLanguage = new List<(string, Seating)>?[steps.Length];
        LastAgentWaitTicks = queue.LastAgentWait.Ticks;
    }

    public QueueDefinition Queue => queue;

    public long LastAgentWaitTicks { get; }

    public double WeightOf(CustomerTier tier) => weights[TierIndex(tier)];

    /// <summary>The line the call waits in for agents with the skills its wait asks for, or null when no available agent has them.</summary>
    public CallLine? LineFor(WaitingCall call, long waitedTicks)
    {
        var step = StepAt(waitedTicks);
        var language = queue.MatchLanguage && !string.IsNullOrEmpty(call.Language) ? call.Language : null;
        Seating? seating;
        if (language is null)
        {
            seating = seatingByStep[step] ??= new Seating(round.PoolFor(queue, steps[step].Requirements, null));
        }
        else
        {
            seating = SeatingFor(seatingByStepAndLanguage[step] ??= [], step, language);
        }
        return seating.LineFor(round, call.Tier);
    }

    /// <summary>A hotline speaks a handful of languages: a short list searched by reference first beats hashing the name per call.</summary>
    private Seating SeatingFor(List<(string Language, Seating Seating)> byLanguage, int step, string language)
    {
        foreach (var (known, seating) in byLanguage)
        {
            if (ReferenceEquals(known, language))
            {
                return seating;
            }
        }
        foreach (var (known, seating) in byLanguage)
        {
            if (string.Equals(known, language, StringComparison.Ordinal))
            {
                return seating;
            }
        }
        var added = new Seating(round.PoolFor(queue, steps[step].Requirements, language));
        byLanguage.Add((language, added));
        return added;
    }

    /// <summary>The line of calls held for one agent who served them last.</summary>
    public CallLine? LastAgentLineFor(WaitingCall call, int agent)
    {
        seatingByLastAgent ??= [];
        if (!seatingByLastAgent.TryGetValue(agent, out var seating))
        {
            seating = new Seating(round.LastAgentPoolFor(agent));
            seatingByLastAgent.Add(agent, seating);
        }
        return seating.LineFor(round, call.Tier);
    }

    /// <summary>The last step whose wait has been reached; before the first step's (a clock behind), the first.</summary>
    private int StepAt(long waitedTicks)
    {
        var step = 0;
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].After.Ticks <= waitedTicks)
            {
                step = i;
            }
        }
        return step;
    }

    private static int TierIndex(CustomerTier tier) =>
        (uint)tier < (uint)TierCount ? (int)tier : throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a customer tier.");

    /// <summary>A pool with one line per tier, so that every line holds calls of one weight.</summary>
    private sealed class Seating(AgentPool pool)
    {
        private readonly CallLine?[] lines = new CallLine?[TierCount];
        private readonly bool empty = pool.Best() < 0;

        public CallLine? LineFor(RoutingRound round, CustomerTier tier)
        {
            if (empty)
            {
                return null;
            }
            ref var line = ref lines[TierIndex(tier)];
            if (line is null)
            {
                line = new CallLine(pool, round.Available.Length);
                round.Opened(line);
            }
            return line;
        }
    }
}
