using System.Data.Common;
using System.Diagnostics;
using CallCenter.Data.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Seeding;

/// <summary>
/// Writes a <see cref="DemoDataSet"/> into a migrated database, all of it in one transaction: a seed that fails
/// or is cancelled leaves the database as it was.
/// </summary>
public sealed class DemoDataSeeder(DbConnectionFactory database, ILogger<DemoDataSeeder> logger)
{
    public async Task<int> CustomerCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountCustomersAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Seeds the data. A database that already has customers is refused with <see cref="DatabaseNotEmptyException"/>
    /// unless <paramref name="replaceExisting"/>, which first deletes every row of every table the demo data fills.
    /// </summary>
    public async Task<SeedReport> SeedAsync(DemoDataSet data, bool replaceExisting, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);

        var existing = await CountCustomersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (existing > 0 && !replaceExisting)
        {
            throw new DatabaseNotEmptyException(existing);
        }
        if (replaceExisting)
        {
            foreach (var delete in DemoDataSql.DeleteEverything)
            {
                await using var command = Command(connection, transaction, delete);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var writer = new SeedWriter(connection, transaction, database.Provider);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();

        var report = new SeedReport(writer.Tables, stopwatch.Elapsed, replaceExisting);
        logger.LogInformation(
            "Demo data seeded (seed {Seed}): {Customers} customers, {Orders} orders, {Calls} calls, {Rows} rows in {Seconds:0.0} s",
            data.Seed, data.Customers.Count, data.Orders.Count, data.Calls.Count, report.Tables.Sum(t => t.Rows), report.Elapsed.TotalSeconds);
        return report;
    }

    private async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            // Take the write lock at once, so the emptiness check and the inserts cannot be split by another writer.
            return sqlite.BeginTransaction(deferred: false);
        }
        return await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> CountCustomersAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, DemoDataSql.CountCustomers);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, SqlText sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.For(database.Provider);
        return command;
    }
}
