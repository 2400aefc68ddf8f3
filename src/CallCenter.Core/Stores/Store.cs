namespace CallCenter.Core.Stores;

/// <summary>A branch callers can visit.</summary>
public sealed record Store
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public string Phone { get; init; } = "";

    /// <summary>Opening hours per weekday, e.g. Monday 10:00–21:00; a day without an entry is closed.</summary>
    public IReadOnlyList<OpeningHours> Hours { get; init; } = [];

    /// <summary>Payment cards accepted at the till: "Visa", "Mastercard", "UnionPay", ...</summary>
    public IReadOnlyList<string> AcceptedCards { get; init; } = [];
    public string Directions { get; init; } = "";
}
