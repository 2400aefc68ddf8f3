namespace CallCenter.Data;

/// <summary>Which database the server uses. Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Default Sqlite.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default "Data Source=data/callcenter.db", relative to the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/callcenter.db";
}
