using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Stores;

namespace CallCenter.Data.Seeding;

/// <summary>
/// Points for members and VIPs: a welcome bonus, a point per dollar of each delivered order and of purchases
/// in the stores, and vouchers redeemed now and then. Each customer's balance is the sum of their history.
/// </summary>
internal static class DemoPoints
{
    private const int VoucherPoints = 500;

    public static (List<Customer> Customers, List<PointsEntry> History) Generate(
        DemoContext context, IReadOnlyList<Customer> customers, IReadOnlyList<Order> orders, IReadOnlyList<OrderStatusChange> orderHistory, IReadOnlyList<Store> stores)
    {
        var delivered = orderHistory.Where(c => c.To == OrderStatus.Delivered).ToDictionary(c => c.OrderNumber, c => c.At, StringComparer.Ordinal);
        var ordersByCustomer = orders.Where(o => delivered.ContainsKey(o.Number)).ToLookup(o => o.CustomerId);
        var updated = new List<Customer>(customers.Count);
        var history = new List<PointsEntry>();
        foreach (var customer in customers)
        {
            if (customer.Tier == CustomerTier.Regular)
            {
                updated.Add(customer);
                continue;
            }
            var earned = new List<(DateTimeOffset At, int Points, string Reason)>
            {
                (customer.CreatedAt, customer.Tier == CustomerTier.Vip ? 500 : 100, "Welcome bonus"),
            };
            earned.AddRange(ordersByCustomer[customer.Id].Select(o => (delivered[o.Number], (int)Math.Floor(o.Total), $"Order {o.Number}")));
            var visits = context.Random.Number(2, customer.Tier == CustomerTier.Vip ? 12 : 6);
            for (var i = 0; i < visits; i++)
            {
                earned.Add((context.Between(customer.CreatedAt, context.Now), context.Random.Number(5, 300), $"Purchase at {context.Pick(stores).Name}"));
            }
            earned = [.. earned.OrderBy(e => e.At)];

            var balance = 0;
            for (var i = 0; i < earned.Count; i++)
            {
                var (at, points, reason) = earned[i];
                balance += points;
                history.Add(new PointsEntry(customer.Id, at, points, balance, reason));
                var next = i + 1 < earned.Count ? earned[i + 1].At : context.Now;
                if (balance >= VoucherPoints && context.Chance(0.4) && next - at > TimeSpan.FromMinutes(2))
                {
                    var vouchers = context.Random.Number(1, balance / VoucherPoints);
                    balance -= vouchers * VoucherPoints;
                    history.Add(new PointsEntry(customer.Id, context.Between(at.AddMinutes(1), next), -vouchers * VoucherPoints, balance, $"Redeemed for {vouchers * 5} dollars of vouchers"));
                }
            }
            updated.Add(customer with { PointsBalance = balance });
        }
        return (updated, history);
    }
}
