using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Ports;
using CallCenter.Server.Acd;
using CallCenter.Telephony;
using CallCenter.Telephony.Callbacks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class AcdExtensions
{
    /// <summary>
    /// The call distributor: its queues and agents (Acd:Queues, reloaded when the file changes), the agents' states,
    /// the one loop that routes callers to agents, and the event bus the desktop and reports read.
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterAcd(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AcdOptions>()
            .Bind(builder.Configuration.GetSection(AcdOptions.SectionName))
            .Validate(o => o.ReloadInterval > TimeSpan.Zero, "Acd:ReloadInterval must be positive")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Queues), "Acd:Queues must name the queue file, e.g. flows/queues.yaml")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AcdOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<AcdConfigurationCatalog>();
        services.AddSingleton<IAcdConfigurationSource>(sp => sp.GetRequiredService<AcdConfigurationCatalog>());
        services.AddHostedService(sp => sp.GetRequiredService<AcdConfigurationCatalog>());

        services.AddOptions<DistributorOptions>()
            .Bind(builder.Configuration.GetSection(DistributorOptions.SectionName))
            .Validate(o => o.TickInterval > TimeSpan.Zero, "Acd:TickInterval must be positive")
            .Validate(o => o.RestAfterMissedOffer >= TimeSpan.Zero, "Acd:RestAfterMissedOffer cannot be negative")
            .Validate(o => o.CallbackAttempts >= 1, "Acd:CallbackAttempts must be at least 1")
            .Validate(o => o.CallbackRetryDelay >= TimeSpan.Zero, "Acd:CallbackRetryDelay cannot be negative")
            .Validate(o => DistributorOptions.FindTimeZone(o.TimeZone) is not null, "Acd:TimeZone must be a time zone id such as Asia/Shanghai, or empty for the server's")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DistributorOptions>>().Value);
        services.TryAddSingleton<IAcdEventBus>(sp => new AcdEventBus(sp.GetRequiredService<ILogger<AcdEventBus>>()));
        services.AddSingleton(sp => new AgentRoster(
            sp.GetRequiredService<IAcdConfigurationSource>().Current,
            sp.GetRequiredService<ICallJournal>(),
            sp.GetRequiredService<IAcdEventBus>(),
            sp.GetRequiredService<TimeProvider>(),
            DistributorOptions.FindTimeZone(sp.GetRequiredService<DistributorOptions>().TimeZone)!,
            sp.GetRequiredService<ILogger<AgentRoster>>()));
        services.AddSingleton(sp => new CallDistributor(
            sp.GetRequiredService<IAcdConfigurationSource>().Current,
            sp.GetRequiredService<AgentRoster>(),
            sp.GetRequiredService<IAcdEventBus>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DistributorOptions>(),
            sp.GetRequiredService<ILogger<CallDistributor>>()));
        services.AddSingleton<ICallDistributor>(sp => sp.GetRequiredService<CallDistributor>());
        services.AddHostedService<DistributorService>();

        services.AddOptions<CallbackOptions>()
            .Bind(builder.Configuration.GetSection(CallbackOptions.SectionName))
            .Validate(o => o.Endpoint.Contains("{number}", StringComparison.Ordinal) || o.Endpoint.Contains("{digits}", StringComparison.Ordinal), "Callback:Endpoint must contain {number} or {digits}, e.g. PJSIP/{number}@hotline-trunk")
            .Validate(o => o.RingTimeout > TimeSpan.Zero, "Callback:RingTimeout must be positive")
            .Validate(o => o.Region is { Length: 2 } region && region.All(char.IsAsciiLetter), "Callback:Region must be a two-letter region code such as US")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CallbackOptions>>().Value);
        // Lazy: the switchboard makes IVR calls, whose services include this dialer.
        services.AddSingleton<ICallbackDialer>(sp => new CallbackDialer(
            new Lazy<CallSwitchboard>(sp.GetRequiredService<CallSwitchboard>),
            sp.GetRequiredService<ICallDistributor>(),
            sp.GetRequiredService<ICallJournal>(),
            sp.GetRequiredService<CallbackOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        return builder;
    }
}
