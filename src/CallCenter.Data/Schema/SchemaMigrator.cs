using System.Data.Common;
using System.Text.RegularExpressions;
using CallCenter.Data.Mapping;
using Dapper;
using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Schema;

/// <summary>
/// Brings the database to the newest schema: applies, in order, each migration not yet recorded in
/// schema_version, each in its own transaction. Running it again changes nothing. Two servers starting at
/// once take turns (an application lock on SQL Server, a write lock on SQLite).
/// </summary>
public sealed partial class SchemaMigrator(DbConnectionFactory database, ILogger<SchemaMigrator> logger)
{
    /// <summary>Applies what is missing; returns the versions it applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        DapperSetup.Configure();
        var migrations = MigrationScripts.For(database.Provider);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await EnsureVersionTableAsync(connection, cancellationToken).ConfigureAwait(false);

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            await using var transaction = await BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
            var done = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                SchemaSql.IsApplied.For(database.Provider), new { migration.Version }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (done > 0)
            {
                continue;
            }
            foreach (var batch in Batches(migration.Script))
            {
                await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            await connection.ExecuteAsync(new CommandDefinition(
                SchemaSql.RecordApplied.For(database.Provider),
                new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration.Version);
            logger.LogInformation("Database migrated to version {SchemaVersion} ({MigrationName})", migration.Version, migration.Name);
        }
        return applied;
    }

    /// <summary>The newest version applied, 0 for an empty database.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await EnsureVersionTableAsync(connection, cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int?>(new CommandDefinition(SchemaSql.CurrentVersion.For(database.Provider), cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;
    }

    private Task EnsureVersionTableAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            SchemaSql.EnsureVersionTable.For(database.Provider),
            cancellationToken: cancellationToken));

    private async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Deferred: the version check and the script then run under one write lock, taken at once.
            var sqlite = (Microsoft.Data.Sqlite.SqliteConnection)connection;
            return sqlite.BeginTransaction(deferred: false);
        }
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            SchemaSql.TakeMigrationLock.SqlServer,
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return transaction;
    }

    /// <summary>SQL Server scripts may hold several batches separated by GO lines; SQLite scripts are one.</summary>
    public static IEnumerable<string> Batches(string script) =>
        GoLine().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch));

    [GeneratedRegex(@"^\s*GO\s*(?:--.*)?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
