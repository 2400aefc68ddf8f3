using CallCenter.Data;
using CallCenter.Data.Resilience;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;

namespace CallCenter.Server.Extensions;

/// <summary>
/// Brings the database to the newest schema as the server starts, then fills an empty SQLite database with the
/// demo data in the background, so a fresh clone has customers to call about. A database that does not answer
/// does not stop the server: calls are still taken (their records wait in the outbox), and the migrations are
/// tried again with growing pauses until it answers.
/// </summary>
public sealed class DatabasePreparation(
    DbConnectionFactory database,
    SchemaMigrator migrator,
    DemoDataSeeder seeder,
    DatabaseStartOptions options,
    TimeProvider time,
    ILogger<DatabasePreparation> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task background = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Database: {Database}", database.Describe());
        // The first try runs before the calls start, so that they find the schema in place.
        var migrated = await TryMigrateAsync(attempt: 1, next: options.RetryDelay, cancellationToken).ConfigureAwait(false);
        background = Task.Run(() => migrated ? SeedIfEmptyAsync(stopping.Token) : RetryAsync(stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await background.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => stopping.Dispose();

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 2; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            if (await TryMigrateAsync(attempt, delay, cancellationToken).ConfigureAwait(false))
            {
                await SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task<bool> TryMigrateAsync(int attempt, TimeSpan next, CancellationToken cancellationToken)
    {
        try
        {
            await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var version = await migrator.CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Database schema is at version {SchemaVersion}", version);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            // Messages of the providers name the server and the file, never the password.
            var level = TransientDatabaseErrors.IsTransient(exception) ? LogLevel.Warning : LogLevel.Error;
            logger.Log(
                level,
                "Database {Database} could not be brought up to date ({Reason}); calls are still taken. Attempt {Attempt}, next in {Delay:0.#} s",
                database.Describe(), exception.Message, attempt, next.TotalSeconds);
            return false;
        }
    }

    private async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite || !options.SeedDemoData)
        {
            return;
        }
        try
        {
            if (await seeder.CustomerCountAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                return;
            }
            logger.LogInformation("The database has no customers yet: seeding the demo data (README, \"Demo data\")");
            var data = DemoData.Generate(time.GetUtcNow());
            await seeder.SeedAsync(data, replaceExisting: false, cancellationToken).ConfigureAwait(false);
        }
        catch (DatabaseNotEmptyException)
        {
            // Another server sharing the file seeded it first.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Demo data seeding stopped by the shutdown and rolled back; it runs again at the next start");
        }
        catch (Exception exception)
        {
            logger.LogWarning("Demo data could not be seeded ({Reason}); the server runs without it. `db seed --demo` seeds it by hand", exception.Message);
        }
    }
}
