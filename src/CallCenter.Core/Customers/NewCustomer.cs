namespace CallCenter.Core.Customers;

/// <summary>A customer an agent captures for an unknown caller; the number pops their record next time.</summary>
public sealed record NewCustomer(string Name, string Phone, CustomerTier Tier = CustomerTier.Regular)
{
    public DateOnly? Birthday { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? CardNumber { get; init; }
}
