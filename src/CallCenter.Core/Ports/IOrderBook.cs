using CallCenter.Core.Orders;

namespace CallCenter.Core.Ports;

/// <summary>Orders: looked up by the number the caller keys in, listed for the agent, placed by phone.</summary>
public interface IOrderBook
{
    Task<Order?> FindByNumberAsync(string orderNumber, CancellationToken cancellationToken);

    /// <summary>A customer's latest orders, newest first.</summary>
    Task<IReadOnlyList<Order>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrderStatusChange>> StatusHistoryAsync(string orderNumber, CancellationToken cancellationToken);

    /// <summary>Places an order (status Placed) and returns it with its new number; stock is reserved.</summary>
    Task<Order> PlaceAsync(NewOrder order, CancellationToken cancellationToken);
}
