using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data;

/// <summary>Opens connections to the configured database, SQLite or SQL Server.</summary>
public sealed class DbConnectionFactory
{
    private readonly DatabaseOptions options;
    private volatile bool sqliteJournalChecked;

    public DbConnectionFactory(DatabaseOptions options)
    {
        this.options = options;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var source = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(source) && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { } directory)
            {
                // A fresh clone has no data/ folder yet; SQLite creates the file but not its folder.
                Directory.CreateDirectory(directory);
            }
        }
    }

    public DatabaseProvider Provider => options.Provider;

    /// <summary>See <see cref="DatabaseOptions.CommandTimeout"/>.</summary>
    public TimeSpan CommandTimeout => options.CommandTimeout;

    /// <summary>Where the data lives, without credentials: fit for a log line.</summary>
    public string Describe() => options.Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite at {Path.GetFullPath(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource)}",
        _ => DescribeSqlServer(),
    };

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
            DatabaseProvider.SqlServer => new SqlConnection(options.ConnectionString),
            _ => throw new InvalidOperationException($"Database provider {options.Provider} is not supported."),
        };
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (connection is SqliteConnection sqlite && !sqliteJournalChecked)
            {
                await UseWriteAheadLogAsync(sqlite, cancellationToken).ConfigureAwait(false);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Write-ahead logging, once per database (SQLite keeps the mode in the file): readers then go on while the outbox
    /// writes. In the default rollback-journal mode a read that meets a write in progress is refused as busy, and
    /// Microsoft.Data.Sqlite retries it only after sleeping 150 ms, which was the screen pop's whole latency budget.
    /// </summary>
    private async Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // A read-only or in-memory database keeps its mode; nothing to change there.
        }
        sqliteJournalChecked = true;
    }

    private string DescribeSqlServer()
    {
        var builder = new SqlConnectionStringBuilder(options.ConnectionString);
        return $"SQL Server {builder.DataSource}, database {(string.IsNullOrEmpty(builder.InitialCatalog) ? "(default)" : builder.InitialCatalog)}";
    }
}
