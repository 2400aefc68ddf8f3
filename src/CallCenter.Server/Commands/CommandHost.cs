using CallCenter.Server.Extensions;
using Serilog;
using Serilog.Events;

namespace CallCenter.Server.Commands;

/// <summary>The server's configuration and database services, without the server: what a verb runs on.</summary>
internal static class CommandHost
{
    public static IHost Build(string[] configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configuration, ContentRootPath = AppContext.BaseDirectory });
        // The verb prints what it did; only trouble goes to the log.
        builder.AddCallCenterLogging(logger => logger.MinimumLevel.Warning().MinimumLevel.Override("CallCenter", LogEventLevel.Warning));
        builder.AddCallCenterDatabase();
        return builder.Build();
    }
}
