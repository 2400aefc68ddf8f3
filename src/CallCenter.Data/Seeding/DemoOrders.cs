using System.Globalization;
using CallCenter.Core.Catalog;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;

namespace CallCenter.Data.Seeding;

/// <summary>
/// Orders in every status, each with the history that led to it: Placed, Paid, Picking, Shipped, Out for
/// delivery, Delivered, or Cancelled before shipping. Recent orders are still on their way, old ones delivered.
/// </summary>
internal static class DemoOrders
{
    public const int Count = 500;
    private const int AtLeastPerStatus = 20;

    private static readonly OrderStatus[] Progress =
        [OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Picking, OrderStatus.Shipped, OrderStatus.OutForDelivery, OrderStatus.Delivered];

    private static readonly (OrderStatus Item, double Weight)[] StatusWeights =
    [
        (OrderStatus.Placed, 7), (OrderStatus.Paid, 6), (OrderStatus.Picking, 6), (OrderStatus.Shipped, 9),
        (OrderStatus.OutForDelivery, 4), (OrderStatus.Delivered, 60), (OrderStatus.Cancelled, 8),
    ];

    public static (List<Order> Orders, List<OrderStatusChange> History) Generate(DemoContext context, IReadOnlyList<Customer> customers, IReadOnlyList<Product> products)
    {
        var statuses = Enum.GetValues<OrderStatus>().SelectMany(s => Enumerable.Repeat(s, AtLeastPerStatus)).ToList();
        while (statuses.Count < Count)
        {
            statuses.Add(context.PickWeighted(StatusWeights));
        }
        statuses = context.Random.Shuffle(statuses).ToList();

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var orders = new List<Order>(Count);
        var history = new List<OrderStatusChange>();
        foreach (var status in statuses)
        {
            var number = context.UniqueDigits(context.Random.Number(1, 9).ToString(CultureInfo.InvariantCulture), 7, numbers);
            var path = PathTo(context, status);
            var steps = path.Skip(1).Select(to => Duration(context, to)).ToList();
            var placedAt = context.Now - SinceLastChange(context, status) - steps.Aggregate(TimeSpan.Zero, (a, b) => a + b);
            var at = placedAt;
            OrderStatus? from = null;
            for (var i = 0; i < path.Count; i++)
            {
                at = i == 0 ? placedAt : at + steps[i - 1];
                history.Add(new OrderStatusChange(number, from, path[i], at));
                from = path[i];
            }
            orders.Add(new Order
            {
                Number = number,
                CustomerId = Buyer(context, customers, placedAt).Id,
                Status = status,
                PlacedAt = placedAt,
                ExpectedDelivery = ExpectedDelivery(context, status, placedAt),
                Lines = Lines(context, products),
                Channel = context.PickWeighted<string>([("web", 70), ("store", 15), ("phone", 15)]),
            });
        }
        return (orders, history);
    }

    private static List<OrderStatus> PathTo(DemoContext context, OrderStatus status)
    {
        if (status != OrderStatus.Cancelled)
        {
            return Progress.Take(Array.IndexOf(Progress, status) + 1).ToList();
        }
        // Cancelled before it left the warehouse.
        var cancelledFrom = context.Random.Number(0, 2);
        return [.. Progress.Take(cancelledFrom + 1), OrderStatus.Cancelled];
    }

    /// <summary>How long the step into <paramref name="to"/> took.</summary>
    private static TimeSpan Duration(DemoContext context, OrderStatus to) => to switch
    {
        OrderStatus.Paid => context.Seconds(5 * 60, 3 * 3600),
        OrderStatus.Picking => context.Seconds(2 * 3600, 20 * 3600),
        OrderStatus.Shipped => context.Seconds(2 * 3600, 24 * 3600),
        OrderStatus.OutForDelivery => context.Seconds(12 * 3600, 72 * 3600),
        OrderStatus.Delivered => context.Seconds(3600, 10 * 3600),
        OrderStatus.Cancelled => context.Seconds(3600, 48 * 3600),
        _ => TimeSpan.Zero,
    };

    /// <summary>How long ago the order reached its current status: orders under way are recent, finished ones may be old.</summary>
    private static TimeSpan SinceLastChange(DemoContext context, OrderStatus status) => status switch
    {
        OrderStatus.Placed => context.Seconds(10 * 60, 20 * 3600),
        OrderStatus.Paid => context.Seconds(10 * 60, 18 * 3600),
        OrderStatus.Picking => context.Seconds(10 * 60, 20 * 3600),
        OrderStatus.Shipped => context.Seconds(30 * 60, 60 * 3600),
        OrderStatus.OutForDelivery => context.Seconds(10 * 60, 6 * 3600),
        OrderStatus.Delivered => context.Seconds(3600, 300 * 86400),
        _ => context.Seconds(3600, 200 * 86400),
    };

    private static DateOnly? ExpectedDelivery(DemoContext context, OrderStatus status, DateTimeOffset placedAt)
    {
        var promised = DateOnly.FromDateTime(placedAt.UtcDateTime).AddDays(context.Random.Number(3, 6));
        return status switch
        {
            OrderStatus.Cancelled => null,
            OrderStatus.Delivered => promised,
            OrderStatus.OutForDelivery => context.Today,
            // Running late: the new date is tomorrow.
            _ => promised <= context.Today ? context.Today.AddDays(1) : promised,
        };
    }

    private static Customer Buyer(DemoContext context, IReadOnlyList<Customer> customers, DateTimeOffset placedAt)
    {
        var eligible = customers
            .Where(c => c.CreatedAt <= placedAt)
            .Select(c => (c, c.Tier switch { CustomerTier.Vip => 3.0, CustomerTier.Member => 2.0, _ => 1.0 }))
            .ToList();
        return context.PickWeighted(eligible);
    }

    private static List<OrderLine> Lines(DemoContext context, IReadOnlyList<Product> products) =>
        context.Random.Shuffle(products)
            .Take(context.PickWeighted<int>([(1, 50), (2, 30), (3, 15), (4, 5)]))
            .Select(p => new OrderLine(p.Code, context.PickWeighted<int>([(1, 70), (2, 20), (3, 10)]), p.Price))
            .ToList();
}
