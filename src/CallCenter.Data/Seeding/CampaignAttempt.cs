namespace CallCenter.Data.Seeding;

/// <summary>One outbound call of a campaign, planned or made; <see cref="Result"/> is null until it is made.</summary>
public sealed record CampaignAttempt(long CampaignId, long? CustomerId, string Phone, DateTimeOffset ScheduledAt, DateTimeOffset? AttemptedAt, int Attempt, string? Result);
