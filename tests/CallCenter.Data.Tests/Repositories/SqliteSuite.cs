using CallCenter.Data.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Repositories;

/// <summary>The suite on the embedded default: a migrated SQLite file in a temporary folder, new for every test.</summary>
[TestFixture]
public sealed class SqliteSuite : DatabaseSuite
{
    private string directory = null!;

    protected override async Task<DbConnectionFactory> EmptyDatabaseAsync()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-suite-").FullName;
        var database = new DbConnectionFactory(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(directory, "callcenter.db")}",
        });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected override Task ReleaseDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The file is gone (a volume that went away): SQLite cannot open it, and may not create it.</summary>
    protected override DbConnectionFactory UnreachableDatabase() => new(new DatabaseOptions
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(directory, "gone", "callcenter.db")};Mode=ReadWrite",
        CommandTimeout = TimeSpan.FromSeconds(1),
    });
}
