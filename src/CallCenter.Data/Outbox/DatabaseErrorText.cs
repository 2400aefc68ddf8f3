using CallCenter.Data.Resilience;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Outbox;

/// <summary>What a database error says, fit for a log line: never the values of the records that caused it.</summary>
internal static class DatabaseErrorText
{
    // SQL Server quotes the offending values in these: duplicate key (2601, 2627) and truncated data (2628).
    private static readonly HashSet<int> QuotesValues = [2601, 2627, 2628];

    public static string Describe(Exception exception) => exception switch
    {
        SqlException sql when QuotesValues.Contains(sql.Number) => $"SQL Server error {sql.Number} (its text is left out: it quotes record values)",
        SqlException sql => $"SQL Server error {sql.Number}: {sql.Message}",
        SqliteException sqlite => sqlite.Message,
        _ when TransientDatabaseErrors.IsTransient(exception) => $"{exception.GetType().Name}: {exception.GetBaseException().Message}",
        _ when exception.InnerException is { } inner => $"{exception.GetType().Name}: {Describe(inner)}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
