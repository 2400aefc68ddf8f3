using CallCenter.Server.Extensions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace CallCenter.Server.Tests.Host;

/// <summary>
/// The server as Program.cs builds it — worker and web app in one process — with test settings, listening on a
/// free loopback port so tests (and a browser) can reach the desktop.
/// </summary>
internal static class ServerApp
{
    public static WebApplication Build(IDictionary<string, string?> settings, Action<LoggerConfiguration> logging, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebExtensions).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Test",
        });
        var all = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Web:SignInLockout"] = "00:00:01",
            ["Web:KeysDirectory"] = settings.TryGetValue("Outbox:Directory", out var outbox) && outbox is not null
                ? Path.Combine(Path.GetDirectoryName(outbox)!, "keys")
                : null,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(all);
        builder.AddCallCenterLogging(logging);
        builder.AddCallCenterData();
        builder.AddCallCenterTelephony();
        builder.AddCallCenterIvr();
        builder.AddCallCenterAcd();
        builder.AddCallCenterWeb();
        overrides?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapCallCenterWeb();
        return app;
    }

    /// <summary>Where a started app listens, e.g. http://127.0.0.1:41234/.</summary>
    public static Uri Address(this IHost app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server has no addresses: is it started?");
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }
}
