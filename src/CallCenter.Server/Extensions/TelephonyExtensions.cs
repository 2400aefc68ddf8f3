using CallCenter.Ari;
using CallCenter.Ari.Connection;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using CallCenter.Core.Ports;
using CallCenter.Telephony;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class TelephonyExtensions
{
    /// <summary>The ARI client, the connection to Asterisk, and the switchboard that runs every call.</summary>
    public static IHostApplicationBuilder AddCallCenterTelephony(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AriOptions>()
            .Bind(builder.Configuration.GetSection(AriOptions.SectionName))
            .Validate(o => o.Url.IsAbsoluteUri && (o.Url.Scheme == Uri.UriSchemeHttp || o.Url.Scheme == Uri.UriSchemeHttps), "Ari:Url must be an absolute http(s) URL, e.g. http://127.0.0.1:8088/")
            .Validate(o => !string.IsNullOrWhiteSpace(o.App), "Ari:App must name the Stasis application (the dialplan's Stasis(callcenter))")
            .ValidateOnStart();
        services.AddOptions<TelephonyOptions>()
            .Bind(builder.Configuration.GetSection(TelephonyOptions.SectionName))
            .Validate(o => o.MailboxCapacity >= 16, "Telephony:MailboxCapacity must be at least 16")
            .ValidateOnStart();
        services.Configure<HostOptions>(host =>
        {
            // Room for the calls' goodbye (Telephony:ShutdownGrace) before the host gives up on us.
            var grace = builder.Configuration.GetValue<TimeSpan?>($"{TelephonyOptions.SectionName}:{nameof(TelephonyOptions.ShutdownGrace)}") ?? new TelephonyOptions().ShutdownGrace;
            host.ShutdownTimeout = grace + TimeSpan.FromSeconds(10);
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AriOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TelephonyOptions>>().Value);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<AriOptions>();
            var http = new HttpClient(new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                // Asterisk's HTTP server caps concurrent sessions (http.conf sessionlimit, default 100).
                MaxConnectionsPerServer = options.MaxConnections,
            })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            return new AriRestClient(http, options, sp.GetRequiredService<ILogger<AriRestClient>>());
        });
        services.AddSingleton<AriEventRouter>();
        services.AddSingleton<IAriEventDispatcher>(sp => sp.GetRequiredService<AriEventRouter>());
        services.AddSingleton<AriEventReader>();
        services.AddSingleton(sp => new AriConnection(
            sp.GetRequiredService<AriOptions>(),
            sp.GetRequiredService<AriRestClient>(),
            sp.GetRequiredService<AriEventReader>(),
            sp.GetRequiredService<ILogger<AriConnection>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CallSwitchboard>();
        services.AddHostedService<TelephonyService>();
        return builder;
    }
}
