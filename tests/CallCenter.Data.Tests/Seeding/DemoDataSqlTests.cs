using System.Reflection;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using CallCenter.Data.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Seeding;

public sealed class DemoDataSqlTests
{
    public static IEnumerable<TestCaseData> Statements() =>
        typeof(DemoDataSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(SqlText))
            .Select(f => new TestCaseData((SqlText)f.GetValue(null)!).SetArgDisplayNames(f.Name));

    [TestCaseSource(nameof(Statements))]
    public async Task SqliteText_CompilesAgainstTheMigratedSchema(SqlText statement)
    {
        var directory = Directory.CreateTempSubdirectory("callcenter-seed-sql-");
        try
        {
            var database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory.FullName, "cc.db")};Pooling=false" });
            await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
            await using var connection = (SqliteConnection)await database.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = statement.Sqlite;

            Assert.That(command.Prepare, Throws.Nothing);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void DeleteEverything_EmptiesEveryTableTheDemoDataFills()
    {
        var filled = typeof(DemoDataSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name.StartsWith("Insert", StringComparison.Ordinal))
            .Select(f => ((SqlText)f.GetValue(null)!).Sqlite.Split(' ', '\n')[2]);
        var emptied = DemoDataSql.DeleteEverything.Select(d => d.Sqlite.Split(' ')[2]);

        Assert.That(emptied, Is.EquivalentTo(filled));
    }
}
