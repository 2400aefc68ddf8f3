namespace CallCenter.Core.Orders;

public sealed record OrderStatusChange(string OrderNumber, OrderStatus? From, OrderStatus To, DateTimeOffset At);
