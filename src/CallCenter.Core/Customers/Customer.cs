namespace CallCenter.Core.Customers;

/// <summary>A customer as the hotline knows them: who they are, how to greet them, what they have earned.</summary>
public sealed record Customer
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public CustomerTier Tier { get; init; } = CustomerTier.Regular;
    public DateOnly? Birthday { get; init; }

    /// <summary>"en" or "zh": the language the IVR speaks to them in, when they have one.</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>The membership card number (with its check digit), for members and VIPs.</summary>
    public string? CardNumber { get; init; }
    public int PointsBalance { get; init; }
    public IReadOnlyList<string> Phones { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
