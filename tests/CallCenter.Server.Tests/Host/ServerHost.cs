using CallCenter.Testing;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Server.Tests.Host;

/// <summary>The server's host, built as Program.cs builds it, configured to use a FakeAsterisk.</summary>
internal static class ServerHost
{
    public static IHost Build(FakeAsterisk asterisk, SerilogCapture logs, string workDirectory, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ari:Url"] = asterisk.AriUri.ToString(),
            ["Ari:User"] = asterisk.User,
            ["Ari:Password"] = asterisk.Password,
            ["Ari:ReconnectDelay"] = "00:00:00.05",
            ["Logging:Directory"] = Path.Combine(workDirectory, "logs"),
            ["Telephony:ShutdownGrace"] = "00:00:05",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(workDirectory, "data", "callcenter.db")};Pooling=false",
            ["Outbox:Directory"] = Path.Combine(workDirectory, "data", "outbox"),
            ["Ivr:Flow"] = TestFlows.Write(workDirectory, TestFlows.WelcomeThenGoodbye),
            ["Ivr:PromptsDirectory"] = RepositoryRoot.Prompts,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return ServerApp.Build(settings, logger => logger.MinimumLevel.Debug().WriteTo.Sink(logs));
    }
}
