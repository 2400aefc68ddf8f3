namespace CallCenter.Core.Orders;

/// <summary>An order as the caller asks after it by its number.</summary>
public sealed record Order
{
    /// <summary>The number read to the caller and keyed back in: digits only.</summary>
    public required string Number { get; init; }
    public long CustomerId { get; init; }
    public OrderStatus Status { get; init; }
    public DateTimeOffset PlacedAt { get; init; }
    public DateOnly? ExpectedDelivery { get; init; }
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];

    /// <summary>How the order was placed: "web", "store", "phone".</summary>
    public string Channel { get; init; } = "web";

    public decimal Total => Lines.Sum(l => l.Amount);
}
