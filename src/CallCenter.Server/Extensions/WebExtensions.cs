using CallCenter.Server.Web;
using CallCenter.Server.Web.Components;
using CallCenter.Server.Web.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class WebExtensions
{
    /// <summary>
    /// The agent desktop and supervisor pages (Blazor, rendered on the server: no JavaScript build), signed in with
    /// extension + PIN into an HTTP-only cookie. Every page and endpoint needs a signed-in user unless it says otherwise.
    /// </summary>
    public static WebApplicationBuilder AddCallCenterWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>()
            .Bind(builder.Configuration.GetSection(WebOptions.SectionName))
            .Validate(o => o.SessionLifetime > TimeSpan.Zero, "Web:SessionLifetime must be positive")
            .Validate(o => o.RecheckInterval >= TimeSpan.Zero, "Web:RecheckInterval cannot be negative")
            .Validate(o => o.SignInAttempts >= 1, "Web:SignInAttempts must be at least 1")
            .Validate(o => o.SignInLockout >= TimeSpan.Zero, "Web:SignInLockout cannot be negative")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WebOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DeskSignIn>();
        services.AddSingleton<SignInRecheck>();

        // Served from the web project's build output when run with `dotnet run` in any environment, not only
        // Development: without it blazor.web.js would be missing outside a published folder.
        builder.WebHost.UseStaticWebAssets();

        services.AddDataProtection()
            .SetApplicationName("CallCenter")
            .PersistKeysToFileSystem(KeysFolder(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.KeysDirectory)}"] ?? new WebOptions().KeysDirectory));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<WebOptions>((cookie, web) =>
            {
                cookie.Cookie.Name = "callcenter.desk";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = web.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = web.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/forbidden";
                cookie.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<SignInRecheck>().ValidateAsync(context);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "callcenter.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Not Always: antiforgery then refuses every plain-HTTP request, even http://localhost. The token
            // cookie is no credential; the sign-in cookie is the one kept to HTTPS.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddScoped<AuthenticationStateProvider, DeskAuthenticationStateProvider>();
        builder.AddCallCenterSupervisor();
        builder.AddCallCenterCti();
        builder.AddCallCenterDesk();
        return builder;
    }

    public static WebApplication MapCallCenterWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCallCenterCti();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapPost("/signout", (Delegate)SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapCallCenterSupervisor();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>The folder of the keys that seal sign-in cookies, readable by the server's own user only.</summary>
    private static DirectoryInfo KeysFolder(string path)
    {
        var folder = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/signin");
    }
}
