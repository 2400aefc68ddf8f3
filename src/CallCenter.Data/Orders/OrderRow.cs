using CallCenter.Core.Orders;

namespace CallCenter.Data.Orders;

/// <summary>An order with one of its lines (none for an order without lines), as <see cref="OrderSql"/> selects it.</summary>
internal sealed class OrderRow
{
    public string Number { get; init; } = "";
    public long CustomerId { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset PlacedAt { get; init; }
    public DateOnly? ExpectedDelivery { get; init; }
    public string Channel { get; init; } = "";
    public int? LineNo { get; init; }
    public string? ProductCode { get; init; }
    public int? Quantity { get; init; }
    public decimal? UnitPrice { get; init; }

    /// <summary>The orders the rows describe, in the order they first appear.</summary>
    public static List<Order> Merge(IEnumerable<OrderRow> rows) =>
        rows.GroupBy(r => r.Number)
            .Select(order =>
            {
                var first = order.First();
                return new Order
                {
                    Number = first.Number,
                    CustomerId = first.CustomerId,
                    Status = Enum.Parse<OrderStatus>(first.Status),
                    PlacedAt = first.PlacedAt,
                    ExpectedDelivery = first.ExpectedDelivery,
                    Channel = first.Channel,
                    Lines = order
                        .Where(r => r is { LineNo: not null, ProductCode: not null, Quantity: not null, UnitPrice: not null })
                        .Select(r => new OrderLine(r.ProductCode!, r.Quantity!.Value, r.UnitPrice!.Value))
                        .ToList(),
                };
            })
            .ToList();
}
