using Dapper;

namespace CallCenter.Data.Mapping;

/// <summary>
/// Teaches Dapper the data layer's storage conventions, the same on every path that reads or writes:
/// times in UTC (ISO 8601 text that sorts on SQLite, datetimeoffset on SQL Server), dates as yyyy-MM-dd,
/// times of day as HH:mm, Guids as text on SQLite, and snake_case columns onto PascalCase properties.
/// Enums are not handled here: Dapper would send their numbers, so callers pass their names.
/// </summary>
public static class DapperSetup
{
    private static readonly Lock Gate = new();
    private static bool configured;

    /// <summary>Registers the conventions once per process; every repository calls it, so calling it again is free.</summary>
    public static void Configure()
    {
        lock (Gate)
        {
            if (configured)
            {
                return;
            }
            DefaultTypeMap.MatchNamesWithUnderscores = true;
            // Dapper sends its built-in types itself and would never ask a handler for them.
            Use(typeof(DateTimeOffset), new TimestampHandler());
            Use(typeof(DateOnly), new DateHandler());
            Use(typeof(TimeOnly), new TimeOfDayHandler());
            Use(typeof(Guid), new GuidHandler());
            Use(typeof(decimal), new DecimalHandler());
            configured = true;
        }
    }

    private static void Use(Type type, SqlMapper.ITypeHandler handler)
    {
        SqlMapper.RemoveTypeMap(type);
        SqlMapper.RemoveTypeMap(typeof(Nullable<>).MakeGenericType(type));
        SqlMapper.AddTypeHandler(type, handler);
    }
}
