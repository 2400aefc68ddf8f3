namespace CallCenter.Data.Seeding;

/// <summary>A number no campaign may call (E.164).</summary>
public sealed record DoNotCallNumber(string E164, DateTimeOffset AddedAt, string? Reason);
