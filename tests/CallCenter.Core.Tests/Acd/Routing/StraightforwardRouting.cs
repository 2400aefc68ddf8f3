using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;

namespace CallCenter.Core.Tests.Acd.Routing;

/// <summary>
/// The routing rules written the obvious way — sort every call, scan every agent — to check that the fast router
/// decides exactly the same.
/// </summary>
internal static class StraightforwardRouting
{
    public static List<RoutingDecision> Route(
        IReadOnlyList<WaitingCall> calls, IReadOnlyList<AgentSnapshot> agents, IReadOnlyDictionary<string, QueueDefinition> queues, DateTimeOffset now)
    {
        var byExtension = agents.ToDictionary(agent => agent.Extension);
        var heldFor = calls.ToDictionary(call => call, call => HeldFor(call, queues[call.Queue], byExtension, now));
        var kept = heldFor.Values.Where(agent => agent?.State == AgentState.Available).Select(agent => agent!.Extension).ToHashSet();
        var ordered = calls
            .Select(call => (Call: call, Waited: (now - call.EnqueuedAt).Ticks))
            .OrderByDescending(c => c.Waited / (double)TimeSpan.TicksPerSecond * queues[c.Call.Queue].WeightOf(c.Call.Tier))
            .ThenByDescending(c => c.Waited)
            .ThenBy(c => c.Call.CallId, StringComparer.Ordinal);
        var taken = new HashSet<string>();
        var decisions = new List<RoutingDecision>();
        foreach (var (call, waited) in ordered)
        {
            var queue = queues[call.Queue];
            AgentSnapshot? chosen;
            if (heldFor[call] is { } lastAgent)
            {
                chosen = lastAgent.State == AgentState.Available && !taken.Contains(lastAgent.Extension) ? lastAgent : null;
            }
            else
            {
                chosen = agents
                    .Where(agent => agent.State == AgentState.Available && !taken.Contains(agent.Extension) && !kept.Contains(agent.Extension))
                    .Where(agent => Meets(agent, queue, TimeSpan.FromTicks(waited), call.Language))
                    .OrderBy(agent => StrategyKey(agent, queue))
                    .ThenBy(agent => agent.Extension, StringComparer.Ordinal)
                    .FirstOrDefault();
            }
            if (chosen is not null)
            {
                taken.Add(chosen.Extension);
                decisions.Add(new RoutingDecision(call.CallId, chosen.Extension));
            }
        }
        return decisions;
    }

    private static AgentSnapshot? HeldFor(WaitingCall call, QueueDefinition queue, Dictionary<string, AgentSnapshot> agents, DateTimeOffset now) =>
        call.LastAgent is not null
        && queue.LastAgentWait > TimeSpan.Zero
        && now - call.EnqueuedAt < queue.LastAgentWait
        && agents.TryGetValue(call.LastAgent, out var agent)
        && agent.LoggedIn
            ? agent
            : null;

    private static bool Meets(AgentSnapshot agent, QueueDefinition queue, TimeSpan waited, string? language)
    {
        var steps = queue.Skills.OrderBy(step => step.After).ToList();
        var requirements = steps.LastOrDefault(step => step.After <= waited)?.Requirements ?? steps.FirstOrDefault()?.Requirements ?? [];
        var skills = requirements.All(r => agent.Skills.TryGetValue(r.Skill, out var level) && level >= r.MinLevel);
        var speaks = !queue.MatchLanguage || string.IsNullOrEmpty(language) || (agent.Skills.TryGetValue(language, out var spoken) && spoken >= 1);
        return skills && speaks;
    }

    private static long StrategyKey(AgentSnapshot agent, QueueDefinition queue) => queue.Strategy switch
    {
        RoutingStrategy.LongestIdle => agent.IdleSince.UtcTicks,
        RoutingStrategy.FewestCalls => agent.AnsweredToday,
        _ => agent.LastOfferedAt.TryGetValue(queue.Name, out var offered) ? offered.UtcTicks : long.MinValue,
    };
}
