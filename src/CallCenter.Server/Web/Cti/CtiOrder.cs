using CallCenter.Core.Orders;

namespace CallCenter.Server.Web.Cti;

internal sealed record CtiOrder(
    string Number,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateOnly? ExpectedDelivery,
    string Channel,
    decimal Total,
    IReadOnlyList<CtiOrderLine> Lines)
{
    public static CtiOrder Of(Order order) => new(
        order.Number,
        order.Status,
        order.PlacedAt,
        order.ExpectedDelivery,
        order.Channel,
        order.Total,
        [.. order.Lines.Select(l => new CtiOrderLine(l.ProductCode, l.Quantity, l.UnitPrice))]);
}
