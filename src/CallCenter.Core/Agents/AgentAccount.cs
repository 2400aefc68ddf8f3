namespace CallCenter.Core.Agents;

/// <summary>An agent as whoever manages the agents sees them: whether they can sign in, but never their PIN's hash.</summary>
public sealed record AgentAccount(string Extension, string Name, string Role, bool HasPin, bool Active);
