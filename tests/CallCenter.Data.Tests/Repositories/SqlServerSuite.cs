using CallCenter.Data.Schema;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Repositories;

/// <summary>
/// The suite on SQL Server, when CALLCENTER_TEST_SQLSERVER holds a connection string to a server where the
/// login may create databases. A throwaway database is created and migrated for the fixture, emptied before
/// every test, and dropped at the end.
/// </summary>
[TestFixture]
public sealed class SqlServerSuite : DatabaseSuite
{
    // Children before parents, so that every DELETE passes the foreign keys.
    private static readonly string[] Tables =
    [
        "ticket_events", "complaint_tickets", "order_status_history", "order_lines", "orders", "promotions", "products",
        "points_history", "customer_phones", "campaign_attempts", "campaigns", "customers", "store_hours", "stores",
        "agent_skills", "agents", "call_steps", "call_records", "agent_state_changes", "announcements", "do_not_call",
    ];

    private string server = null!;
    private string databaseName = null!;
    private DbConnectionFactory database = null!;

    [OneTimeSetUp]
    public async Task CreateThrowawayDatabase()
    {
        var connectionString = Environment.GetEnvironmentVariable("CALLCENTER_TEST_SQLSERVER");
        if (string.IsNullOrEmpty(connectionString))
        {
            Assert.Ignore("CALLCENTER_TEST_SQLSERVER is not set: no SQL Server to test against (docker compose up sqlserver, then set it).");
        }
        server = connectionString;
        databaseName = $"callcenter_test_{Guid.NewGuid():N}";
        await using (var master = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString))
        {
            await master.ExecuteAsync($"CREATE DATABASE [{databaseName}]");
        }
        database = new DbConnectionFactory(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = databaseName }.ConnectionString,
        });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DropThrowawayDatabase()
    {
        if (databaseName is null)
        {
            return;
        }
        SqlConnection.ClearAllPools();
        await using var master = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString);
        await master.ExecuteAsync($"ALTER DATABASE [{databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{databaseName}];");
    }

    protected override async Task<DbConnectionFactory> EmptyDatabaseAsync()
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        foreach (var table in Tables)
        {
            await connection.ExecuteAsync($"DELETE FROM {table}");
        }
        return database;
    }

    protected override Task ReleaseDatabaseAsync() => Task.CompletedTask;

    /// <summary>Nothing listens on port 1: the connection is refused, as with a server that is down.</summary>
    protected override DbConnectionFactory UnreachableDatabase() => new(new DatabaseOptions
    {
        Provider = DatabaseProvider.SqlServer,
        ConnectionString = new SqlConnectionStringBuilder(server) { DataSource = "tcp:127.0.0.1,1", InitialCatalog = databaseName, ConnectTimeout = 2 }.ConnectionString,
        CommandTimeout = TimeSpan.FromSeconds(2),
    });
}
