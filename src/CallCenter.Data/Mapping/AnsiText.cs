using Dapper;

namespace CallCenter.Data.Mapping;

/// <summary>
/// A key compared with a varchar column. Dapper sends strings as nvarchar, and SQL Server then converts the
/// column instead of the value, which under its default SQL collation turns an index seek into a scan.
/// </summary>
internal static class AnsiText
{
    public static DbString Of(string? value) => new() { Value = value, IsAnsi = true };
}
