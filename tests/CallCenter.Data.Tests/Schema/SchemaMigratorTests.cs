using CallCenter.Data.Schema;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Schema;

public sealed class SchemaMigratorTests
{
    private string directory = null!;
    private DbConnectionFactory database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-schema-").FullName;
        database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false" });
    }

    [TearDown]
    public void RemoveDatabase() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Migrate_EmptyDatabase_AppliesEveryScriptInOrder()
    {
        var migrator = new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance);

        var applied = await migrator.MigrateAsync(CancellationToken.None);
        var current = await migrator.CurrentVersionAsync(CancellationToken.None);
        var tables = await TablesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(applied, Is.EqualTo(MigrationScripts.For(DatabaseProvider.Sqlite).Select(m => m.Version)));
            Assert.That(current, Is.EqualTo(applied[^1]));
            Assert.That(tables, Does.Contain("call_records").And.Contain("customers").And.Contain("do_not_call"));
        });
    }

    [Test]
    public async Task Migrate_Twice_ChangesNothingTheSecondTime()
    {
        var migrator = new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        var tables = await TablesAsync();

        var second = await migrator.MigrateAsync(CancellationToken.None);
        var after = await TablesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Empty);
            Assert.That(after, Is.EqualTo(tables));
        });
    }

    [Test]
    public async Task Migrate_TwoServersAtOnce_ApplyEachScriptOnce()
    {
        var first = new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance);
        var second = new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance);

        var results = await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None));

        Assert.That(results.SelectMany(r => r), Is.EqualTo(MigrationScripts.For(DatabaseProvider.Sqlite).Select(m => m.Version)));
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void Scripts_BothDialects_HaveTheSameVersions(DatabaseProvider provider)
    {
        var versions = MigrationScripts.For(provider).Select(m => (m.Version, m.Name));

        Assert.That(versions, Is.EqualTo(MigrationScripts.For(DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name))).And.Not.Empty);
    }

    [Test]
    public void Batches_SplitOnGoLinesOnly()
    {
        var batches = SchemaMigrator.Batches("CREATE TABLE a (x INT);\nGO\nSELECT 'GO' AS category;\n  go  -- next\nSELECT 1;").ToList();

        Assert.That(batches.Select(b => b.Trim()), Is.EqualTo(new[] { "CREATE TABLE a (x INT);", "SELECT 'GO' AS category;", "SELECT 1;" }));
    }

    private async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).ToList();
    }
}
