using CallCenter.Core.Acd.Configuration;
using CallCenter.Server.Acd;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class AcdExtensions
{
    /// <summary>The call distributor's queues and agents (Acd:Queues, reloaded when the file changes).</summary>
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
        return builder;
    }
}
