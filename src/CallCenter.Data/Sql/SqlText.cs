namespace CallCenter.Data.Sql;

/// <summary>
/// One SQL statement in both dialects. Every statement the data layer sends is a static SqlText field or
/// property in this assembly, so a test can find them all and parse each SQL Server one with ScriptDom.
/// </summary>
public sealed record SqlText(string Sqlite, string SqlServer)
{
    /// <summary>A statement both dialects spell the same way.</summary>
    public SqlText(string both)
        : this(both, both)
    {
    }

    public string For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;
}
