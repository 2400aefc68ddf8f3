namespace CallCenter.Core.Calls;

/// <summary>How to ring an agent for a waiting caller.</summary>
/// <param name="Endpoint">The agent's phone as the switch names it, e.g. "PJSIP/1001".</param>
/// <param name="CallerNumber">The number the agent's phone shows: the caller's, so the agent knows who it is.</param>
/// <param name="CallerName">The name shown beside it (may be empty).</param>
/// <param name="RingTimeout">How long the agent's phone rings before the leg fails as unanswered.</param>
public sealed record AgentLegRequest(string Endpoint, string CallerNumber, string CallerName, TimeSpan RingTimeout);
