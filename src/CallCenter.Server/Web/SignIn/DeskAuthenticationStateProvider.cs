using CallCenter.Core.Ports;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CallCenter.Server.Web.SignIn;

/// <summary>
/// An open desktop (a Blazor circuit, which makes no new HTTP requests) checks its agent again every
/// <see cref="WebOptions.RecheckInterval"/>, as <see cref="SignInRecheck"/> does for requests: a deactivated agent or
/// a changed role ends the page's sign-in, and <c>SessionGuard</c> sends the browser to sign in again.
/// </summary>
public sealed class DeskAuthenticationStateProvider(IAgentDirectory agents, WebOptions options, ILoggerFactory loggers)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    private readonly ILogger logger = loggers.CreateLogger<DeskAuthenticationStateProvider>();

    protected override TimeSpan RevalidationInterval =>
        options.RecheckInterval > TimeSpan.FromSeconds(1) ? options.RecheckInterval : TimeSpan.FromSeconds(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var user = authenticationState.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }
        try
        {
            var agent = await agents.GetAsync(user.Extension(), cancellationToken).ConfigureAwait(false);
            var valid = agent is not null && user.IsInRole(agent.Role);
            if (!valid)
            {
                logger.LogInformation("Agent {Agent}'s open desktop ends: the agent is deactivated or their role changed", user.Extension());
            }
            return valid;
        }
        catch (DataUnavailableException)
        {
            // An outage signs nobody out; checked again at the next interval.
            return true;
        }
    }
}
