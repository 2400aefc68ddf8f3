using System.Globalization;
using System.Security.Claims;
using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CallCenter.Server.Web.SignIn;

/// <summary>Checks an agent's extension and PIN against the agents table and says who they are signed in as.</summary>
public sealed class DeskSignIn(IAgentDirectory agents, SignInThrottle throttle, TimeProvider time, ILogger<DeskSignIn> logger)
{
    public const string WrongExtensionOrPin = "Wrong extension or PIN.";

    public async Task<SignInResult> SignInAsync(string? extension, string? pin, CancellationToken cancellationToken)
    {
        extension = extension?.Trim() ?? "";
        if (extension.Length == 0 || string.IsNullOrEmpty(pin))
        {
            return SignInResult.Refused("Enter your extension and PIN.");
        }
        if (throttle.LockedUntil(extension) is { } until)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes));
            return SignInResult.Refused(string.Create(CultureInfo.InvariantCulture, $"Too many wrong PINs: try again in {minutes} minute{(minutes == 1 ? "" : "s")}."));
        }
        Agent? agent;
        try
        {
            agent = await agents.GetAsync(extension, cancellationToken).ConfigureAwait(false);
        }
        catch (DataUnavailableException exception)
        {
            logger.LogWarning(exception, "Could not check extension {Agent}'s sign-in: the database is unavailable", extension);
            return SignInResult.Refused("Sign-in is unavailable for a moment (the database does not answer). Try again shortly.");
        }
        // Same answer and the same PBKDF2 work for an unknown extension as for a wrong PIN, so neither reveals
        // which extensions exist.
        var verified = AgentPin.Verify(pin, agent?.PinHash ?? UnknownAgentHash);
        if (agent is null || !verified || !DeskRoles.IsKnown(agent.Role))
        {
            throttle.Failed(extension);
            logger.LogWarning("Sign-in refused for extension {Agent}", extension);
            return SignInResult.Refused(WrongExtensionOrPin);
        }
        throttle.Succeeded(extension);
        logger.LogInformation("Agent {Agent} signed in to the desktop as {Role}", extension, agent.Role);
        return new SignInResult(Principal(agent), null);
    }

    public static ClaimsPrincipal Principal(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, agent.Extension),
                new Claim(ClaimTypes.Name, agent.Name),
                new Claim(ClaimTypes.Role, agent.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    private static readonly string UnknownAgentHash = AgentPin.Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));
}
