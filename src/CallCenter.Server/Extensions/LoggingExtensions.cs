using CallCenter.Server.Logging;
using Serilog;
using Serilog.Events;

namespace CallCenter.Server.Extensions;

public static class LoggingExtensions
{
    private const string Template =
        "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {CallTag}{Message:lj} <{SourceContext}>{NewLine}{Exception}";

    /// <summary>
    /// Serilog to the console and to a daily rolling file (Logging:Directory, default "logs"). Lines written while
    /// a call is handled carry its CallId. "Serilog" in configuration can override levels and add sinks.
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterLogging(this IHostApplicationBuilder builder, Action<LoggerConfiguration>? configure = null)
    {
        var directory = builder.Configuration["Logging:Directory"] ?? "logs";
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                // It warns at every start that the sign-in keys are stored unencrypted: on Linux there is no
                // machine key store, so the keys folder is made readable by the server's user only instead.
                .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogEventLevel.Error)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .Enrich.With<CallTagEnricher>()
                .WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(directory, "callcenter-.log"),
                    outputTemplate: Template,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            configure?.Invoke(logger);
        },
        // Each host logs through its own logger, never the static Log.Logger: with the static one, a logger created
        // while another host in the same process (the tests run many) had just replaced it wrote to that host's sinks.
        preserveStaticLogger: true);
        return builder;
    }
}
