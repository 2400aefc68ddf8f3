namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// The available agents who meet one set of requirements, in the queue's strategy order. Agents are only ever taken
/// during a routing, never given back, so one cursor that passes each agent at most once serves every call of the pool.
/// An agent kept for a returning caller is passed over: they are offered to that caller only.
/// </summary>
internal sealed class AgentPool(RoutingRound round, int[] order, SkillRequirement[] requirements, string? language)
{
    private int cursor;

    /// <summary>The index of the best agent still free for this pool, or -1 when none is left.</summary>
    public int Best()
    {
        while (cursor < order.Length)
        {
            var agent = order[cursor];
            if (!round.IsTaken(agent) && !round.IsKeptForReturningCaller(agent) && Accepts(round.Available[agent]))
            {
                return agent;
            }
            cursor++;
        }
        return -1;
    }

    private bool Accepts(AgentSnapshot agent)
    {
        foreach (var requirement in requirements)
        {
            if (!agent.Skills.TryGetValue(requirement.Skill, out var level) || level < requirement.MinLevel)
            {
                return false;
            }
        }
        return language is null || (agent.Skills.TryGetValue(language, out var spoken) && spoken >= 1);
    }
}
