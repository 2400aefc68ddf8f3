using System.Globalization;
using CallCenter.Server.Tests.Host;
using CallCenter.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

namespace CallCenter.Server.Tests.Database;

public sealed class DatabasePreparationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private string workDirectory = null!;
    private string databaseFile = null!;

    [SetUp]
    public void CreateWorkDirectory()
    {
        workDirectory = Directory.CreateTempSubdirectory("callcenter-dbstart-").FullName;
        databaseFile = Path.Combine(workDirectory, "data", "callcenter.db");
    }

    [TearDown]
    public void RemoveWorkDirectory() => Directory.Delete(workDirectory, recursive: true);

    [Test]
    public async Task Start_EmptySqliteDatabase_IsMigratedAndSeededWithTheDemoData()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory);

        await host.StartAsync();
        await Eventually.TrueAsync(() => logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Demo data seeded", StringComparison.Ordinal)), "demo data seeded", Timeout);
        await host.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Scalar("SELECT COUNT(*) FROM customers"), Is.GreaterThanOrEqualTo(200));
            Assert.That(Scalar("SELECT COUNT(*) FROM agents"), Is.EqualTo(10));
            Assert.That(logs.Events.Where(e => e.Level >= LogEventLevel.Warning).Select(Rendered), Is.Empty);
        });
    }

    [Test]
    public async Task Start_DatabaseWithCustomers_IsNotSeeded()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        var logs = new SerilogCapture();
        using (var first = ServerHost.Build(asterisk, logs, workDirectory, new Dictionary<string, string?> { ["Database:SeedDemoData"] = "false" }))
        {
            await first.StartAsync();
            await first.StopAsync();
        }
        Execute("INSERT INTO customers (name, tier, created_at) VALUES ('Ann Real', 'Regular', '2026-01-01T00:00:00.000+00:00')");
        using var host = ServerHost.Build(asterisk, logs, workDirectory);

        await host.StartAsync();
        await host.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Scalar("SELECT COUNT(*) FROM customers"), Is.EqualTo(1));
            Assert.That(logs.Events.Select(Rendered), Has.None.Contains("seeding the demo data"));
        });
    }

    [Test]
    public async Task Start_DatabaseDown_CallsAreStillTaken_AndTheSchemaComesWhenItAnswers()
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = 0.05 });
        Directory.CreateDirectory(databaseFile);
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory, new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "false",
            ["Database:RetryDelay"] = "00:00:00.05",
            ["Database:MaxRetryDelay"] = "00:00:00.2",
        });

        await host.StartAsync();
        await Eventually.TrueAsync(() => logs.Events.Count(IsRetry) >= 2, "two failed attempts", Timeout);
        await asterisk.WaitForApplicationAsync(Timeout);
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Timeout);
        Directory.Delete(databaseFile);
        await Eventually.TrueAsync(() => logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Database schema is at version", StringComparison.Ordinal)), "migrated", Timeout);
        await host.StopAsync();

        var retries = logs.Events.Where(IsRetry).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(retries.Select(e => e.Level), Is.All.EqualTo(LogEventLevel.Warning));
            Assert.That(retries.Select(e => e.Properties["Attempt"].ToString()), Is.Unique);
            Assert.That(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customers'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Start_SqlServerNotThere_LogsAWarningWithoutThePassword()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=127.0.0.1,1;Database=CallCenter;User Id=sa;Password=Very-Secret-42;Connect Timeout=2;TrustServerCertificate=true",
            ["Database:RetryDelay"] = "00:10:00",
            ["Database:MaxRetryDelay"] = "00:10:00",
        });

        await host.StartAsync();
        await host.StopAsync();

        var warning = logs.Events.Single(IsRetry);
        Assert.Multiple(() =>
        {
            Assert.That(warning.Level, Is.EqualTo(LogEventLevel.Warning));
            Assert.That(Rendered(warning), Does.Contain("SQL Server 127.0.0.1,1, database CallCenter").And.Contain("calls are still taken"));
            Assert.That(logs.Events.Select(Rendered), Has.None.Contains("Very-Secret-42"));
        });
    }

    private static bool IsRetry(LogEvent e) => e.MessageTemplate.Text.Contains("could not be brought up to date", StringComparison.Ordinal);

    private static string Rendered(LogEvent e) => e.RenderMessage(CultureInfo.InvariantCulture);

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
