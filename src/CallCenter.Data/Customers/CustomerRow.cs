using CallCenter.Core.Customers;

namespace CallCenter.Data.Customers;

/// <summary>A customer with one of their numbers, as <see cref="CustomerSql"/> selects them.</summary>
internal sealed class CustomerRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Tier { get; init; } = "";
    public DateOnly? Birthday { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? CardNumber { get; init; }
    public int PointsBalance { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? Phone { get; init; }

    /// <summary>The customer the rows describe, with every number; null when there are no rows.</summary>
    public static Customer? Merge(IReadOnlyList<CustomerRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }
        var first = rows[0];
        return new Customer
        {
            Id = first.Id,
            Name = first.Name,
            Tier = Enum.Parse<CustomerTier>(first.Tier),
            Birthday = first.Birthday,
            PreferredLanguage = first.PreferredLanguage,
            CardNumber = first.CardNumber,
            PointsBalance = first.PointsBalance,
            CreatedAt = first.CreatedAt,
            Phones = rows.Where(r => r.Phone is not null).Select(r => r.Phone!).ToList(),
        };
    }
}
