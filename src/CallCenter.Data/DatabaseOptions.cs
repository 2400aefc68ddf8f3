namespace CallCenter.Data;

/// <summary>Which database the server uses. Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Default Sqlite.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default "Data Source=data/callcenter.db", relative to the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/callcenter.db";

    /// <summary>
    /// Default 5 seconds: how long one attempt at a lookup or a change may take, connecting included, before
    /// the database counts as unavailable. A caller is waiting on the line, so a hung database must fail fast.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
