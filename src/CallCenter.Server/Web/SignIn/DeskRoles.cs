namespace CallCenter.Server.Web.SignIn;

/// <summary>The roles an agent row can carry (agents.role), and the policies built on them.</summary>
public static class DeskRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    /// <summary>For [Authorize(Roles = ...)]: the supervisor's pages, which admins see too.</summary>
    public const string SupervisorOrAdmin = Supervisor + "," + Admin;

    public static bool IsKnown(string role) => role is Agent or Supervisor or Admin;
}
