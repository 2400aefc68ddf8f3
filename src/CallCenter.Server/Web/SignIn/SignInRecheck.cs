using System.Globalization;
using System.Security.Claims;
using CallCenter.Core.Ports;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CallCenter.Server.Web.SignIn;

/// <summary>
/// Looks at a signed-in agent again every <see cref="WebOptions.RecheckInterval"/>: someone deactivated (`agent deactivate`) is
/// signed out, and a changed role takes effect, without waiting for the 12-hour session to end. A database that
/// does not answer keeps the session as it is: agents are not thrown out by an outage.
/// </summary>
public sealed class SignInRecheck(IAgentDirectory agents, WebOptions options, TimeProvider time, ILogger<SignInRecheck> logger)
{
    private const string CheckedAt = "checked-at";

    /// <summary>The properties of a fresh sign-in: the agent was just looked up.</summary>
    public static AuthenticationProperties CheckedNow(DateTimeOffset now) =>
        new(new Dictionary<string, string?> { [CheckedAt] = now.ToString("O", CultureInfo.InvariantCulture) });

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } extension)
        {
            context.RejectPrincipal();
            return;
        }
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedAt, out var stamp)
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < options.RecheckInterval)
        {
            return;
        }
        try
        {
            var agent = await agents.GetAsync(extension, context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (agent is null || !DeskRoles.IsKnown(agent.Role))
            {
                logger.LogInformation("Agent {Agent} is no longer active: their desktop session ends", extension);
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                return;
            }
            if (!context.Principal.IsInRole(agent.Role) || context.Principal.FindFirstValue(ClaimTypes.Name) != agent.Name)
            {
                context.ReplacePrincipal(DeskSignIn.Principal(agent));
            }
            context.Properties.Items[CheckedAt] = now.ToString("O", CultureInfo.InvariantCulture);
            context.ShouldRenew = true;
        }
        catch (DataUnavailableException)
        {
            // Checked again at the next request.
        }
    }
}
