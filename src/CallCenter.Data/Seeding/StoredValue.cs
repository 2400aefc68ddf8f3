using System.Globalization;

namespace CallCenter.Data.Seeding;

/// <summary>
/// A value as the schema stores it (see the migrations): UTC times as sortable ISO 8601 text on SQLite and
/// datetimeoffset on SQL Server, dates as yyyy-MM-dd, times of day as HH:mm, Guids as text on SQLite, enums by name.
/// </summary>
internal static class StoredValue
{
    public const string SqliteTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static object For(object? value, DatabaseProvider provider)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        return value switch
        {
            null => DBNull.Value,
            Enum e => e.ToString(),
            DateTimeOffset t when sqlite => t.ToUniversalTime().ToString(SqliteTimestampFormat, CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToUniversalTime(),
            DateOnly d when sqlite => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // A DateTime parameter converts to date on insert with every SqlClient version.
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            TimeOnly t when sqlite => t.ToString("HH:mm", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToTimeSpan(),
            Guid g when sqlite => g.ToString("D"),
            bool b when sqlite => b ? 1L : 0L,
            _ => value,
        };
    }
}
