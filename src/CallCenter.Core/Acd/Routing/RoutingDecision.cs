namespace CallCenter.Core.Acd.Routing;

/// <summary>Offer the call <paramref name="CallId"/> to the agent at <paramref name="AgentExtension"/>.</summary>
public sealed record RoutingDecision(string CallId, string AgentExtension);
