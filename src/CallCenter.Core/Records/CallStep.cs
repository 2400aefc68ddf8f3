namespace CallCenter.Core.Records;

/// <summary>
/// One IVR node a caller went through. <paramref name="Input"/> is what they keyed, already masked where it
/// was a card number; <paramref name="Outcome"/> what a lookup found (found, not-found, error...).
/// </summary>
public sealed record CallStep(string CallId, int Sequence, DateTimeOffset At, string Node, string? Input = null, string? Outcome = null);
