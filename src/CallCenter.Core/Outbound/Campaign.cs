namespace CallCenter.Core.Outbound;

/// <summary>A set of proactive calls: what for, when calling is allowed, how hard to try.</summary>
public sealed record Campaign
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public CampaignKind Kind { get; init; }
    public TimeOnly WindowStart { get; init; } = new(9, 0);
    public TimeOnly WindowEnd { get; init; } = new(20, 0);
    public int MaxAttempts { get; init; } = 3;
    public bool Active { get; init; }
}
