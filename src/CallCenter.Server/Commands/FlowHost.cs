using CallCenter.Server.Extensions;

namespace CallCenter.Server.Commands;

/// <summary>
/// The server's IVR as calls get it — prompts, handlers, speech, repositories, the call journal, the queues — without the
/// server running: what `flow check`, `flow graph` and `dial` work on. Nothing starts by itself; a verb starts
/// what it needs (dial: the journal outbox).
/// </summary>
internal static class FlowHost
{
    /// <param name="configuration">Settings such as --Ivr:FlowsDirectory=/srv/flows.</param>
    /// <param name="time">The clock calls run on; the system's when null.</param>
    /// <param name="log">Where warnings and errors go; nowhere when null.</param>
    public static IHost Build(string[] configuration, TimeProvider? time = null, ILoggerProvider? log = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configuration, ContentRootPath = AppContext.BaseDirectory });
        // The verbs print what happens; the console logger would mix the server's log lines into it.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        builder.AddCallCenterDatabase();
        builder.AddCallCenterRepositories();
        builder.AddCallCenterIvr();
        builder.AddCallCenterAcd();
        return builder.Build();
    }
}
