using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Resilience;

public sealed class GuardedDatabaseTests
{
    private const int SqliteBusy = 5;
    private const int SqliteError = 1;

    private string directory = null!;
    private DbConnectionFactory factory = null!;

    [SetUp]
    public void CreateDatabase()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-guarded-").FullName;
        factory = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false" });
    }

    [TearDown]
    public void RemoveDatabase() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Read_BusyOnceThenAnswers_GivesTheAnswer()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        var attempts = 0;

        var answer = await database.ReadAsync(
            "a test lookup",
            (connection, _) => ++attempts == 1 ? throw new SqliteException("database is locked", SqliteBusy) : Task.FromResult(42),
            CancellationToken.None);

        Assert.That((answer, attempts), Is.EqualTo((42, 2)));
    }

    [Test]
    public void Read_BusyEveryTime_GivesDataUnavailableAfterThreeAttempts()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        var attempts = 0;

        var failure = Assert.ThrowsAsync<DataUnavailableException>(() => database.ReadAsync<int>(
            "a test lookup",
            (_, _) =>
            {
                attempts++;
                throw new SqliteException("database is locked", SqliteBusy);
            },
            CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(attempts, Is.EqualTo(3));
            Assert.That(failure!.Message, Is.EqualTo("The database could not be reached for a test lookup."));
            Assert.That(failure.InnerException, Is.InstanceOf<SqliteException>());
        });
    }

    [Test]
    public void Read_FailureThatIsNotTransient_IsNotTriedAgain()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        var attempts = 0;

        Assert.ThrowsAsync<DataUnavailableException>(() => database.ReadAsync<int>(
            "a test lookup",
            (_, _) =>
            {
                attempts++;
                throw new SqliteException("no such table: customers", SqliteError);
            },
            CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public void Read_DatabaseThatNeverAnswers_GivesDataUnavailableWhenEveryAttemptTimedOut()
    {
        var impatient = new DbConnectionFactory(new DatabaseOptions
        {
            ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false",
            CommandTimeout = TimeSpan.FromMilliseconds(100),
        });
        var database = new GuardedDatabase(impatient, NullLogger.Instance);
        var attempts = 0;

        var failure = Assert.ThrowsAsync<DataUnavailableException>(() => database.ReadAsync<int>(
            "a test lookup",
            async (_, token) =>
            {
                attempts++;
                await Task.Delay(Timeout.Infinite, token);
                return 0;
            },
            CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(attempts, Is.EqualTo(3));
            Assert.That(failure!.InnerException, Is.InstanceOf<Polly.Timeout.TimeoutRejectedException>());
        });
    }

    [Test]
    public void Read_CallerHangsUp_IsCancelledNotUnavailable()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        using var hangup = new CancellationTokenSource();
        hangup.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => database.ReadAsync("a test lookup", (_, _) => Task.FromResult(1), hangup.Token));
    }

    [Test]
    public async Task Change_RefusedInsideTheTransaction_ReachesTheCallerAsItIsAndKeepsNothing()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        await database.ChangeAsync("creating a table", (c, t, token) => c.ExecuteAsync(new CommandDefinition("CREATE TABLE notes (text TEXT)", transaction: t, cancellationToken: token)), CancellationToken.None);

        Assert.ThrowsAsync<OutOfStockException>(() => database.ChangeAsync<int>(
            "writing a note",
            async (c, t, token) =>
            {
                await c.ExecuteAsync(new CommandDefinition("INSERT INTO notes VALUES ('kept?')", transaction: t, cancellationToken: token));
                throw new OutOfStockException("10001", 1);
            },
            CancellationToken.None));

        var notes = await database.ReadAsync("counting notes", (c, token) => c.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM notes", cancellationToken: token)), CancellationToken.None);
        Assert.That(notes, Is.Zero);
    }

    [Test]
    public void Change_ProviderFails_GivesDataUnavailableAfterOneAttempt()
    {
        var database = new GuardedDatabase(factory, NullLogger.Instance);
        var attempts = 0;

        Assert.ThrowsAsync<DataUnavailableException>(() => database.ChangeAsync<int>(
            "writing a note",
            (_, _, _) =>
            {
                attempts++;
                throw new SqliteException("database is locked", SqliteBusy);
            },
            CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(1));
    }
}
