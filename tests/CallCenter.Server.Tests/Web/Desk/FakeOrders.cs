using CallCenter.Core.Orders;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Orders in memory; <see cref="Down"/> makes every read fail as a database outage does.</summary>
internal sealed class FakeOrders : IOrderBook
{
    public List<Order> Orders { get; } = [];

    public bool Down { get; set; }

    public Task<Order?> FindByNumberAsync(string orderNumber, CancellationToken cancellationToken) =>
        Read(() => Orders.FirstOrDefault(o => o.Number == orderNumber));

    public Task<IReadOnlyList<Order>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Order>>(() => [.. Orders.Where(o => o.CustomerId == customerId).OrderByDescending(o => o.PlacedAt).Take(limit)]);

    public Task<IReadOnlyList<OrderStatusChange>> StatusHistoryAsync(string orderNumber, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderStatusChange>>([]);

    public Task<Order> PlaceAsync(NewOrder order, CancellationToken cancellationToken) => throw new NotSupportedException();

    private Task<T> Read<T>(Func<T> read) => Down ? Task.FromException<T>(new DataUnavailableException("down")) : Task.FromResult(read());
}
