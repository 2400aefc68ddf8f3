namespace CallCenter.Server.Extensions;

/// <summary>What the server does with its database as it starts. Bound from the "Database" section, beside the provider.</summary>
public sealed class DatabaseStartOptions
{
    /// <summary>Default true: an empty SQLite database is filled with the demo data on start. Never done on SQL Server.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Default 5 s: the first pause before migrations are tried again when the database does not answer at start.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Default 5 min: the longest pause between two tries (the pause doubles from <see cref="RetryDelay"/>).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
