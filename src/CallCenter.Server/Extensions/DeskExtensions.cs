using CallCenter.Server.Web.Desk;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class DeskExtensions
{
    /// <summary>
    /// The agent's desktop: one reader of the ACD events that hands each agent's events and screen pops to their open
    /// desktops, and the options (Desk: dispositions, pause reasons, how much history the pop shows).
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterDesk(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DeskOptions>()
            .Bind(builder.Configuration.GetSection(DeskOptions.SectionName))
            .Validate(o => o.RecentOrders >= 0, "Desk:RecentOrders cannot be negative")
            .Validate(o => o.RecentCalls >= 0, "Desk:RecentCalls cannot be negative")
            .Validate(o => o.PopReadTimeout > TimeSpan.Zero, "Desk:PopReadTimeout must be positive")
            .Validate(o => o.MaxNotesLength >= 1, "Desk:MaxNotesLength must be at least 1")
            .Validate(o => o.Dispositions.All(d => !string.IsNullOrWhiteSpace(d)), "Desk:Dispositions cannot hold an empty code")
            .Validate(o => o.PauseReasons.All(d => !string.IsNullOrWhiteSpace(d)), "Desk:PauseReasons cannot hold an empty reason")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DeskOptions>>().Value);
        services.AddSingleton<DeskDay>();
        services.AddSingleton<ScreenPopBuilder>();
        services.AddSingleton<DeskEvents>();
        services.AddHostedService(sp => sp.GetRequiredService<DeskEvents>());
        return builder;
    }
}
