using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd.Routing;

/// <summary>One queue's rules made ready for one routing: weights by tier, skill steps by wait, and their agent pools.</summary>
internal sealed class QueuePlan
{
    private static readonly int TierCount = Enum.GetValues<CustomerTier>().Length;

    private readonly RoutingRound round;
    private readonly QueueDefinition queue;
    private readonly double[] weights = new double[TierCount];
    private readonly SkillStep[] steps;
    private readonly AgentPool?[] poolByStep;
    private readonly List<(string Language, AgentPool Pool)>?[] poolByStepAndLanguage;

    public QueuePlan(RoutingRound round, QueueDefinition queue)
    {
        this.round = round;
        this.queue = queue;
        for (var tier = 0; tier < TierCount; tier++)
        {
            var weight = queue.WeightOf((CustomerTier)tier);
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"Queue {queue.Name} weighs tier {(CustomerTier)tier} at {weight}: a weight is a finite number, zero or more.", "queues");
            }
            weights[tier] = weight;
        }
        steps = queue.Skills.Count == 0 ? [new SkillStep(TimeSpan.Zero, [])] : [.. queue.Skills.OrderBy(step => step.After)];
        poolByStep = new AgentPool?[steps.Length];
        poolByStepAndLanguage = new List<(string, AgentPool)>?[steps.Length];
        LastAgentWaitTicks = queue.LastAgentWait.Ticks;
    }

    public long LastAgentWaitTicks { get; }

    public RankedCall Rank(WaitingCall call, DateTimeOffset now)
    {
        var waitedTicks = (now - call.EnqueuedAt).Ticks;
        return new RankedCall(call, waitedTicks / (double)TimeSpan.TicksPerSecond * weights[TierIndex(call.Tier)], waitedTicks);
    }

    /// <summary>The last step whose wait has been reached; before the first step's (a clock behind), the first.</summary>
    public int StepAt(long waitedTicks)
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

    /// <summary>The agents for a call at a skill step, speaking its language when the queue matches languages.</summary>
    public AgentPool PoolFor(int step, string language)
    {
        if (!queue.MatchLanguage || language.Length == 0)
        {
            return poolByStep[step] ??= round.PoolFor(queue, steps[step].Requirements, null);
        }
        var byLanguage = poolByStepAndLanguage[step] ??= [];
        foreach (var (known, pool) in byLanguage)
        {
            if (string.Equals(known, language, StringComparison.Ordinal))
            {
                return pool;
            }
        }
        var added = round.PoolFor(queue, steps[step].Requirements, language);
        byLanguage.Add((language, added));
        return added;
    }

    private static int TierIndex(CustomerTier tier) =>
        (uint)tier < (uint)TierCount ? (int)tier : throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a customer tier.");
}
