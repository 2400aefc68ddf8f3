using System.Globalization;
using CallCenter.Data;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Server.Tests;

/// <summary>
/// The demo data seeded once, for every test that needs it (handlers, end-to-end, desktop), into a SQLite file each test gets a copy of:
/// seeding a year of the hotline takes seconds, copying the file milliseconds.
/// </summary>
[SetUpFixture]
public sealed class DemoDatabase
{
    /// <summary>The moment the demo data was made for: its "today" for promotions and deliveries.</summary>
    public static readonly DateTimeOffset SeededAt = DateTimeOffset.Parse("2026-11-23T15:00:00+00:00", CultureInfo.InvariantCulture);

    private static string? directory;

    /// <summary>What the database holds, to choose test data from and compare with.</summary>
    public static DemoDataSet Data { get; private set; } = null!;

    private static string Template => Path.Combine(directory!, "demo.db");

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-ivr-demo-").FullName;
        var database = Sqlite(Template, SqliteOpenMode.ReadWriteCreate);
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        Data = DemoData.Generate(SeededAt);
        await new DemoDataSeeder(database, NullLogger<DemoDataSeeder>.Instance).SeedAsync(Data, replaceExisting: false, CancellationToken.None);
        SqliteConnection.ClearAllPools();
    }

    [OneTimeTearDown]
    public void Remove()
    {
        SqliteConnection.ClearAllPools();
        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A fresh copy of the seeded database at <paramref name="file"/>.</summary>
    public static DbConnectionFactory CopyTo(string file)
    {
        File.Copy(Template, file);
        return Sqlite(file);
    }

    /// <summary>
    /// A SQLite database that only opens a file that is there (by default SQLite would create an empty one), so
    /// moving the file away is the database going away.
    /// </summary>
    public static DbConnectionFactory Sqlite(string file, SqliteOpenMode mode = SqliteOpenMode.ReadWrite) => new(new DatabaseOptions
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString(),
        CommandTimeout = TimeSpan.FromSeconds(2),
    });
}
