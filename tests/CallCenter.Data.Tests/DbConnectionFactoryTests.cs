using CallCenter.Data;

namespace CallCenter.Data.Tests;

public sealed class DbConnectionFactoryTests
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("callcenter-data-").FullName;

    [TearDown]
    public void RemoveDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public async Task Sqlite_InAFolderThatDoesNotExistYet_IsCreatedAndAnswers()
    {
        var file = Path.Combine(directory, "data", "callcenter.db");
        var factory = new DbConnectionFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" });

        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        var answer = await command.ExecuteScalarAsync();

        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo(1L));
            Assert.That(File.Exists(file), Is.True);
        });
    }

    [Test]
    public async Task Sqlite_ReadWhileAWriteIsOpen_AnswersAtOnceFromTheWriteAheadLog()
    {
        var file = Path.Combine(directory, "callcenter.db");
        var factory = new DbConnectionFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=false;Default Timeout=1" });
        await using (var setup = await factory.OpenAsync(CancellationToken.None))
        await using (var create = setup.CreateCommand())
        {
            create.CommandText = "CREATE TABLE calls (id INTEGER PRIMARY KEY); INSERT INTO calls VALUES (1);";
            await create.ExecuteNonQueryAsync();
        }
        await using var writer = await factory.OpenAsync(CancellationToken.None);
        await using var write = writer.CreateCommand();
        // Holds the database's write lock, as the outbox does while it writes a batch.
        write.CommandText = "BEGIN EXCLUSIVE; INSERT INTO calls VALUES (2);";
        await write.ExecuteNonQueryAsync();

        await using var reader = await factory.OpenAsync(CancellationToken.None);
        await using var read = reader.CreateCommand();
        read.CommandText = "SELECT COUNT(*) FROM calls";
        var count = await read.ExecuteScalarAsync();

        Assert.That(count, Is.EqualTo(1L), "the reader sees the last committed data instead of being refused as busy");
    }

    [Test]
    public void Describe_SqlServer_LeavesThePasswordOut()
    {
        var factory = new DbConnectionFactory(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=sqlserver,1433;Database=CallCenter;User Id=sa;Password=Very-Secret-1;TrustServerCertificate=true",
        });

        var description = factory.Describe();

        Assert.Multiple(() =>
        {
            Assert.That(description, Is.EqualTo("SQL Server sqlserver,1433, database CallCenter"));
            Assert.That(description, Does.Not.Contain("Very-Secret-1"));
        });
    }

    [Test]
    public async Task SqlServer_WhenConfiguredForTests_Answers()
    {
        var connectionString = Environment.GetEnvironmentVariable("CALLCENTER_TEST_SQLSERVER");
        if (string.IsNullOrEmpty(connectionString))
        {
            Assert.Ignore("CALLCENTER_TEST_SQLSERVER is not set: no SQL Server to test against (docker compose up sqlserver, then set it).");
        }
        var factory = new DbConnectionFactory(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = connectionString });

        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1));
    }
}
