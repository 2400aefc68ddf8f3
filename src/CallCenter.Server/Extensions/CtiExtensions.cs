using CallCenter.Server.Web.Cti;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class CtiExtensions
{
    /// <summary>
    /// The CTI API for other systems (docs/CTI.md): REST and a WebSocket event stream under /api/v1, open to API keys
    /// (Cti:ApiKeys) only. The desktop's cookie does not open it, and a key opens none of the desktop.
    /// </summary>
    public static WebApplicationBuilder AddCallCenterCti(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CtiOptions>()
            .Bind(builder.Configuration.GetSection(CtiOptions.SectionName))
            .Validate(o => o.ApiKeys.All(k => !string.IsNullOrWhiteSpace(k.Name)), "Every Cti:ApiKeys entry needs a Name")
            .Validate(
                o => o.ApiKeys.All(k => ApiKeys.IsHash(k.Hash)),
                "Every Cti:ApiKeys entry needs a Hash of 64 hex digits, as `CallCenter.Server apikey new NAME` prints (the hash, never the key itself)")
            .Validate(o => o.ApiKeys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count() == o.ApiKeys.Count, "Cti:ApiKeys names must differ")
            .Validate(o => o.KeepAliveInterval > TimeSpan.Zero, "Cti:KeepAliveInterval must be positive")
            .Validate(o => o.EventBuffer >= 1, "Cti:EventBuffer must be at least 1")
            .ValidateOnStart();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.SchemeName, policy => policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        return builder;
    }

    public static WebApplication MapCallCenterCti(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = app.Services.GetRequiredService<IOptions<CtiOptions>>().Value.KeepAliveInterval });
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiKeyAuthentication.SchemeName).DisableAntiforgery();
        api.Map("/events", CtiEventStream.AcceptAsync);
        CtiRest.Map(api);
        return app;
    }
}
