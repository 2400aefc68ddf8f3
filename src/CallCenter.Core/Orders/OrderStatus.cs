namespace CallCenter.Core.Orders;

/// <summary>Where an order is, in the order a caller would hear it progress.</summary>
public enum OrderStatus
{
    Placed,
    Paid,
    Picking,
    Shipped,
    OutForDelivery,
    Delivered,
    Cancelled,
}
