using System.Security.Claims;

namespace CallCenter.Server.Web.SignIn;

/// <summary>A sign-in attempt: the signed-in user, or what to tell the person at the keyboard.</summary>
public sealed record SignInResult(ClaimsPrincipal? User, string? Problem)
{
    public static SignInResult Refused(string problem) => new(null, problem);
}
