using CallCenter.Core.Agents;

namespace CallCenter.Server.Web.SignIn;

/// <summary>The roles of <see cref="AgentRoles"/> as the desktop's authorization uses them.</summary>
public static class DeskRoles
{
    public const string Agent = AgentRoles.Agent;
    public const string Supervisor = AgentRoles.Supervisor;
    public const string Admin = AgentRoles.Admin;

    /// <summary>For [Authorize(Roles = ...)]: the supervisor's pages, which admins see too.</summary>
    public const string SupervisorOrAdmin = Supervisor + "," + Admin;

    public static bool IsKnown(string role) => AgentRoles.IsKnown(role);
}
