using System.Security.Claims;

namespace CallCenter.Server.Web.SignIn;

/// <summary>Who a signed-in desktop user is, read from their cookie's claims.</summary>
public static class DeskUser
{
    /// <summary>The agent's extension (their softphone's endpoint).</summary>
    public static string Extension(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in as an agent.");
    }

    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.Name) ?? user.Extension();
    }

    public static bool IsSupervisor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(DeskRoles.Supervisor) || user.IsInRole(DeskRoles.Admin);
    }
}
