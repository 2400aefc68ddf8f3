using System.Text.RegularExpressions;
using CallCenter.Data.Schema;
using CallCenter.Data.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Sql;

/// <summary>Every SQLite statement of the data layer compiles against the migrated schema: no misspelt table or column waits for the one call that runs it.</summary>
public sealed partial class SqliteStatementTests
{
    private string directory = null!;
    private SqliteConnection connection = null!;

    public static IEnumerable<TestCaseData> Statements() =>
        SqlServerStatementTests.AllSqlTexts()
            .Where(s => !string.IsNullOrWhiteSpace(s.Text.Sqlite))
            .Select(s => new TestCaseData(s.Text.Sqlite).SetArgDisplayNames(s.Name));

    [OneTimeSetUp]
    public async Task MigrateDatabase()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-statements-").FullName;
        var database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false" });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        connection = (SqliteConnection)await database.OpenAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task RemoveDatabase()
    {
        await connection.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [TestCaseSource(nameof(Statements))]
    public void Statement_CompilesOnTheSqliteSchema(string sql)
    {
        using var command = connection.CreateCommand();
        // EXPLAIN compiles the statement without running it; parameters only need to exist.
        command.CommandText = "EXPLAIN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        Assert.That(() => command.ExecuteNonQuery(), Throws.Nothing);
    }

    [GeneratedRegex(@"@[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Parameter();
}
