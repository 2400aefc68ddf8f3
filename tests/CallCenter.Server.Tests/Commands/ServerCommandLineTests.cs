using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Data;
using CallCenter.Data.Schema;
using CallCenter.Server.Commands;
using Microsoft.Data.Sqlite;

namespace CallCenter.Server.Tests.Commands;

public sealed class ServerCommandLineTests
{
    private static readonly int NewestVersion = MigrationScripts.For(DatabaseProvider.Sqlite).Max(m => m.Version);
    private string directory = null!;
    private string databaseFile = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-cli-").FullName;
        databaseFile = Path.Combine(directory, "data", "cc.db");
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    [TestCase("--Ari:Url=http://pbx:8088/")]
    [TestCase("--urls", "http://*:8080")]
    [TestCase("/Database:Provider=SqlServer")]
    public void HasVerb_OnlyConfiguration_RunsTheServer(params string[] args) =>
        Assert.That(ServerCommandLine.HasVerb(args), Is.False);

    [Test]
    public async Task Migrate_FreshDatabase_AppliesTheSchemaAndPrintsItsVersion()
    {
        var (exit, output, _) = await RunAsync("db", "migrate");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain($"Database: SQLite at {databaseFile}"));
            Assert.That(output, Does.Contain($"Schema version {NewestVersion} (applied "));
            Assert.That(Scalar("SELECT MAX(version) FROM schema_version"), Is.EqualTo(NewestVersion));
            Assert.That(Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customers'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Migrate_UpToDateDatabase_SaysSo()
    {
        await RunAsync("db", "migrate");

        var (exit, output, _) = await RunAsync("db", "migrate");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain($"Schema version {NewestVersion} (already up to date)"));
        });
    }

    [Test]
    public async Task SeedDemo_EmptyDatabase_WritesTheRowsItPrints()
    {
        var (exit, output, error) = await RunAsync("db", "seed", "--demo");

        var printed = Regex.Matches(output, @"^  (?<table>[a-z_]+)\s+(?<rows>\d+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["table"].Value, m => int.Parse(m.Groups["rows"].Value, CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Match(@"Seeded the demo data \(seed \d+\) in \d+\.\d\d s:"));
            Assert.That(printed["customers"], Is.GreaterThanOrEqualTo(200));
            Assert.That(printed["orders"], Is.EqualTo(500));
            foreach (var (table, rows) in printed)
            {
                Assert.That(Scalar($"SELECT COUNT(*) FROM {table}"), Is.EqualTo(rows), table);
            }
        });
    }

    [Test]
    public async Task SeedDemo_DatabaseWithCustomers_IsRefusedWithoutForce()
    {
        await RunAsync("db", "migrate");
        Execute("INSERT INTO customers (name, tier, created_at) VALUES ('Ann Real', 'Regular', '2026-01-01T00:00:00.000+00:00')");

        var (exit, _, error) = await RunAsync("db", "seed", "--demo");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("already has 1 customers").And.Contain("--force"));
            Assert.That(Scalar("SELECT COUNT(*) FROM customers"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task UnknownVerb_PrintsUsageAndFails()
    {
        var (exit, output, error) = await RunAsync("frobnicate");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("Unknown command: frobnicate").And.Contain("db seed --demo"));
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public async Task Seed_WithoutDemo_PrintsUsageAndFails()
    {
        var (exit, _, error) = await RunAsync("db", "seed");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("needs --demo"));
            Assert.That(File.Exists(databaseFile), Is.False, "nothing was touched");
        });
    }

    [Test]
    public async Task Migrate_DatabaseThatCannotBeOpened_FailsWithTheReason()
    {
        Directory.CreateDirectory(databaseFile);

        var (exit, _, error) = await RunAsync("db", "migrate");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.StartWith($"Database SQLite at {databaseFile} does not answer: "));
        });
    }

    [Test]
    public async Task Migrate_SqlServerNotThere_FailsWithoutShowingThePassword()
    {
        var (exit, output, error) = await RunAsync(
            ["db", "migrate", "--Database:Provider=SqlServer", "--Database:ConnectionString=Server=127.0.0.1,1;Database=CallCenter;User Id=sa;Password=Very-Secret-42;Connect Timeout=2;TrustServerCertificate=true"],
            useDefaultDatabase: false);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(output, Does.Contain("Database: SQL Server 127.0.0.1,1, database CallCenter"));
            Assert.That(error, Does.Contain("does not answer"));
            Assert.That(output + error, Does.Not.Contain("Very-Secret-42"));
        });
    }

    [Test]
    public async Task Migrate_AsAProcess_UsesTheEnvironmentsConfiguration()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CallCenter.Server.dll"), "db", "migrate"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__ConnectionString"] = "Data Source=env/calls.db";
        start.Environment["DOTNET_ENVIRONMENT"] = "Test";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Multiple(async () =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(ServerCommandLine.Success), await error);
            Assert.That(await output, Does.Contain($"Database: SQLite at {Path.Combine(directory, "env", "calls.db")}").And.Contain($"Schema version {NewestVersion}"));
        });
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, useDefaultDatabase: true);

    private async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, bool useDefaultDatabase)
    {
        string[] configuration = useDefaultDatabase
            ? [$"--Database:ConnectionString=Data Source={databaseFile};Pooling=false", $"--Logging:Directory={Path.Combine(directory, "logs")}"]
            : [$"--Logging:Directory={Path.Combine(directory, "logs")}"];
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ServerCommandLine.RunAsync([.. args, .. configuration], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

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
