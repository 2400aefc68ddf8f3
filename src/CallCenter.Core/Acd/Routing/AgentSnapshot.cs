using CallCenter.Core.Agents;

namespace CallCenter.Core.Acd.Routing;

/// <summary>An agent as routing sees them at one moment: their state, skills and the figures the strategies compare.</summary>
public sealed record AgentSnapshot
{
    public required string Extension { get; init; }

    public required AgentState State { get; init; }

    /// <summary>Skill name to level, 1 to 5; a language the agent speaks is a skill too (e.g. "zh").</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();

    /// <summary>Since when the agent has been free; <see cref="RoutingStrategy.LongestIdle"/> picks the earliest.</summary>
    public DateTimeOffset IdleSince { get; init; }

    /// <summary>Queue name to when the agent was last offered one of its calls; <see cref="RoutingStrategy.RoundRobin"/> picks the longest ago, never first.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastOfferedAt { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary><see cref="RoutingStrategy.FewestCalls"/> picks the fewest.</summary>
    public int AnsweredToday { get; init; }

    /// <summary>Any state but <see cref="AgentState.LoggedOut"/>: a returning caller may wait for them.</summary>
    public bool LoggedIn => State != AgentState.LoggedOut;
}
