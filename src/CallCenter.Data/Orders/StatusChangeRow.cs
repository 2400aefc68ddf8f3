using CallCenter.Core.Orders;

namespace CallCenter.Data.Orders;

internal sealed class StatusChangeRow
{
    public string OrderNumber { get; init; } = "";
    public string? FromStatus { get; init; }
    public string ToStatus { get; init; } = "";
    public DateTimeOffset At { get; init; }

    public OrderStatusChange ToChange() =>
        new(OrderNumber, FromStatus is null ? null : Enum.Parse<OrderStatus>(FromStatus), Enum.Parse<OrderStatus>(ToStatus), At);
}
