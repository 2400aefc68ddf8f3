namespace CallCenter.Core.Records;

/// <summary>
/// One IVR node a caller went through. <paramref name="Input"/> is what they keyed, already masked where it
/// was a card number; <paramref name="Outcome"/> what a lookup found (found, not-found, error...);
/// <paramref name="Detail"/> what it found in words for the agent's screen ("order 100045: shipped, expected
/// Nov 24"), card numbers masked, or null for nodes that only play or ask.
/// </summary>
public sealed record CallStep(string CallId, int Sequence, DateTimeOffset At, string Node, string? Input = null, string? Outcome = null, string? Detail = null)
{
    /// <summary>The longest detail the database keeps (SQL Server's NVARCHAR(400)).</summary>
    public const int MaxDetailLength = 400;
}
