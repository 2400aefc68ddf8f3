namespace CallCenter.Data.Outbox;

/// <summary>
/// Where the journal outbox keeps records until the database takes them, and how it waits for the database.
/// Bound from the "Outbox" configuration section.
/// </summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Default "data/outbox", relative to the working directory, beside the embedded database.</summary>
    public string Directory { get; set; } = "data/outbox";

    /// <summary>Default 200: outbox entries written to the database in one transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Default 4 MiB: a segment file that reaches this size is closed and the next entry begins a new one, so
    /// segments the database has taken can be deleted while the server runs.
    /// </summary>
    public long SegmentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Default 0.5 s: the pause after the first failed write; it doubles, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Default 30 s: the longest pause between two writes while the database is away or refuses records.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Default 5: the circuit opens when at least this many writes failed within <see cref="FailureWindow"/>
    /// and none succeeded. Polly requires at least 2.
    /// </summary>
    public int FailuresBeforeBreak { get; set; } = 5;

    /// <summary>Default 30 s: the window in which failures are counted. Polly requires at least 0.5 s.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default 30 s: how long an open circuit keeps writes away from the database before one trial. Polly requires at least 0.5 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default 5 s: on stop, how long the last flush may take; whatever is left stays on disk for the next start.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(5);
}
