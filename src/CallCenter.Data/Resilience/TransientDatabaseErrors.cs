using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Resilience;

/// <summary>Which database errors are worth trying again: the server is away, busy or failing over, not wrong.</summary>
public static class TransientDatabaseErrors
{
    // SQL Server and Azure SQL errors that say "not now" rather than "never": connection loss, timeouts,
    // deadlock victim, throttling, failover in progress, database starting up or unavailable.
    private static readonly HashSet<int> SqlServerNumbers =
    [
        -2, -1, 2, 53, 64, 121, 233, 1205, 1222, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 11001,
        40143, 40197, 40501, 40540, 40613, 42108, 42109, 49918, 49919, 49920,
    ];

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    public static bool IsTransient(Exception exception) => exception switch
    {
        // A refused connection on Linux is error 0 ("TCP Provider, error: 35") around a SocketException.
        SqlException sql => sql.Errors.Cast<SqlError>().Any(e => SqlServerNumbers.Contains(e.Number)) || SqlServerNumbers.Contains(sql.Number)
            || (sql.InnerException is { } cause && IsTransient(cause)),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen,
        TimeoutException => true,
        IOException => true,
        System.Net.Sockets.SocketException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
