using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Data;
using CallCenter.Testing.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>A handler test on its own copy of the seeded demo database, with what it logged.</summary>
public abstract class DemoDatabaseTest
{
    protected const string CallId = "1795357895.0";

    /// <summary>The demo data's moment in the flow's time zone: mid-morning on the hotline.</summary>
    protected static readonly DateTimeOffset FlowNow = DemoDatabase.SeededAt.ToOffset(TimeSpan.FromHours(-5));

    private LogCapture logs = null!;
    private ILoggerFactory loggers = null!;

    protected string Folder { get; private set; } = null!;

    protected string DatabaseFile => Path.Combine(Folder, "callcenter.db");

    protected DbConnectionFactory Database { get; private set; } = null!;

    protected IReadOnlyList<CapturedLogEntry> Logged => logs.Entries;

    [SetUp]
    public void CopyTheDemoDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("callcenter-ivr-handlers-").FullName;
        Database = DemoDatabase.CopyTo(DatabaseFile);
        logs = new LogCapture();
        loggers = logs.CreateFactory(LogLevel.Trace);
    }

    [TearDown]
    public void RemoveTheCopy()
    {
        loggers.Dispose();
        logs.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    protected ILoggerFactory Loggers => loggers;

    protected ILogger<T> Logger<T>() => loggers.CreateLogger<T>();

    protected static HandlerContext Call(IReadOnlyDictionary<string, string>? variables = null, string number = "anonymous") =>
        new(new CallerInfo(CallId, number, "", "100", [], "en", FlowNow), "en", FlowNow, variables ?? new Dictionary<string, string>());

    protected static HandlerContext Call(string variable, string value) => Call(new Dictionary<string, string> { [variable] = value });
}
