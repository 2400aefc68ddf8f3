namespace CallCenter.Core.Agents;

/// <summary>The roles an agent can have, as agents.role stores them (the schema's CHECK allows these only).</summary>
public static class AgentRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Agent, Supervisor, Admin];

    public static bool IsKnown(string? role) => role is Agent or Supervisor or Admin;
}
