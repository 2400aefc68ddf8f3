using CallCenter.Core.Orders;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>
/// Orders in memory. Placing one takes the stock at the book's own prices, as the real book does, and gives
/// the next number; not enough stock is <see cref="OutOfStockException"/>.
/// </summary>
internal sealed class FakeOrderBook : IOrderBook
{
    private readonly List<Order> orders = [];
    private readonly Dictionary<string, (decimal Price, int Stock)> stock = new(StringComparer.Ordinal);
    private int nextNumber = 40000001;

    public List<string> Asked { get; } = [];

    public List<NewOrder> Placed { get; } = [];

    public bool Unavailable { get; set; }

    public FakeOrderBook With(Order order)
    {
        orders.Add(order);
        return this;
    }

    public FakeOrderBook Selling(string productCode, decimal price, int inStock)
    {
        stock[productCode] = (price, inStock);
        return this;
    }

    public Task<Order?> FindByNumberAsync(string orderNumber, CancellationToken cancellationToken)
    {
        Ask($"order {orderNumber}");
        return Task.FromResult(orders.FirstOrDefault(o => o.Number == orderNumber));
    }

    public Task<IReadOnlyList<Order>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OrderStatusChange>> StatusHistoryAsync(string orderNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Order> PlaceAsync(NewOrder order, CancellationToken cancellationToken)
    {
        Ask("place");
        var lines = new List<OrderLine>();
        foreach (var line in order.Lines)
        {
            if (!stock.TryGetValue(line.ProductCode, out var item))
            {
                throw new ArgumentException($"There is no product {line.ProductCode}.", nameof(order));
            }
            if (item.Stock < line.Quantity)
            {
                throw new OutOfStockException(line.ProductCode, line.Quantity);
            }
            stock[line.ProductCode] = (item.Price, item.Stock - line.Quantity);
            lines.Add(line with { UnitPrice = item.Price });
        }
        Placed.Add(order);
        var placed = new Order
        {
            Number = (nextNumber++).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CustomerId = order.CustomerId,
            Status = OrderStatus.Placed,
            Channel = "phone",
            Lines = lines,
        };
        orders.Add(placed);
        return Task.FromResult(placed);
    }

    private void Ask(string what)
    {
        Asked.Add(what);
        if (Unavailable)
        {
            throw new DataUnavailableException("The database could not answer an order lookup.");
        }
    }
}
