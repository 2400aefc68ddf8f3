using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Extensions;

public static class SupervisorExtensions
{
    /// <summary>The supervisor's page: queues, agents and complaint tickets live, and the tickets' voice messages.</summary>
    public static WebApplicationBuilder AddCallCenterSupervisor(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SupervisorBoard>();
        // One per circuit: it remembers the changes this page made until the database has them.
        builder.Services.AddScoped<SupervisorTickets>();
        return builder;
    }

    public static WebApplication MapCallCenterSupervisor(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapVoicemail();
        return app;
    }
}
