using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Web.Cti;

/// <summary>
/// The "ApiKey" scheme: `Authorization: ApiKey KEY`, or `X-Api-Key: KEY` for tools that cannot set Authorization,
/// or — for a browser's WebSocket, which cannot send headers — `?api_key=KEY` on the event stream's WebSocket only. Only the
/// CTI API asks for it; the desktop's pages never do, so a key opens no page and a desk cookie no API.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> schemes,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<CtiOptions> cti)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemes, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "api_key";

    /// <summary>The only place a key may come in the query: a browser's WebSocket cannot send headers.</summary>
    public const string EventStreamPath = "/api/v1/events";

    /// <summary>The claim that names the key a request came with.</summary>
    public const string KeyNameClaim = "cti:key";

    public const string NoKeysConfigured =
        "No API keys are configured. Make one with `CallCenter.Server apikey new NAME` and add the Cti:ApiKeys entry it prints to the server's configuration.";

    public const string KeyMissing =
        "Send an API key: `Authorization: ApiKey KEY` (or `X-Api-Key: KEY`).";

    public const string KeyNotKnown = "The API key is not one this server knows.";

    private readonly ILogger logger = loggerFactory.CreateLogger<ApiKeyAuthentication>();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        // Every configured hash is compared, so how long this takes says nothing about which key came close.
        CtiApiKey? match = null;
        foreach (var key in cti.CurrentValue.ApiKeys)
        {
            if (ApiKeys.Matches(presented, key.Hash) && match is null)
            {
                match = key;
            }
        }
        if (match is null)
        {
            logger.LogWarning("CTI API request from {RemoteAddress} with an API key that is not configured", Context.Connection.RemoteIpAddress);
            return Task.FromResult(AuthenticateResult.Fail(KeyNotKnown));
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, match.Name), new Claim(KeyNameClaim, match.Name)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = cti.CurrentValue.ApiKeys.Count == 0 ? NoKeysConfigured
            : PresentedKey(Request) is null ? KeyMissing
            : KeyNotKnown;
        Response.Headers.WWWAuthenticate = SchemeName;
        await CtiProblems.Write(Context, StatusCodes.Status401Unauthorized, "API key required", detail).ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await CtiProblems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "This API key may not do that.").ConfigureAwait(false);

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return NonEmpty(authorization[(SchemeName.Length + 1)..]);
        }
        if (NonEmpty(request.Headers[Header].ToString()) is { } header)
        {
            return header;
        }
        return IsEventStreamRequest(request) ? NonEmpty(request.Query[QueryParameter].ToString()) : null;
    }

    private static bool IsEventStreamRequest(HttpRequest request) =>
        request.Path.StartsWithSegments(EventStreamPath, StringComparison.OrdinalIgnoreCase)
        && (request.HttpContext.WebSockets.IsWebSocketRequest
            || string.Equals(request.Headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase));

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
