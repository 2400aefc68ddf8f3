using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Outbound;

namespace CallCenter.Data.Seeding;

/// <summary>
/// Two campaigns — delivery reminders (running) and birthday greetings (paused) — the reminder calls made and
/// planned for recent shipments, and numbers that asked never to be called, which no attempt dials.
/// </summary>
internal static class DemoOutbound
{
    public static List<Campaign> Campaigns() =>
    [
        new Campaign { Id = 1, Name = "Delivery reminders", Kind = CampaignKind.DeliveryReminder, WindowStart = new(9, 0), WindowEnd = new(20, 0), MaxAttempts = 3, Active = true },
        new Campaign { Id = 2, Name = "Birthday greetings", Kind = CampaignKind.BirthdayGreeting, WindowStart = new(10, 0), WindowEnd = new(18, 0), MaxAttempts = 1, Active = false },
    ];

    public static List<DoNotCallNumber> DoNotCall(DemoContext context, IReadOnlyList<Customer> customers, IReadOnlyList<string> unknownNumbers)
    {
        var fromCustomers = context.Random.Shuffle(customers.Where(c => c.Tier == CustomerTier.Regular)).Take(4).Select(c => c.Phones[^1]);
        var strangers = context.Random.Shuffle(unknownNumbers).Take(4);
        return fromCustomers.Concat(strangers)
            .Select(number => new DoNotCallNumber(
                number,
                context.Between(context.Now.AddDays(-365), context.Now.AddDays(-1)),
                context.Pick<string>(["Asked on a call not to be called again", "Asked by e-mail", "On the national do-not-call list"])))
            .ToList();
    }

    /// <summary>A reminder the morning after an order shipped; unanswered calls are tried again two hours later.</summary>
    public static List<CampaignAttempt> Attempts(
        DemoContext context, Campaign campaign, IReadOnlyList<Customer> customers, IReadOnlyList<OrderStatusChange> orderHistory, IReadOnlyList<Order> orders, IReadOnlyList<DoNotCallNumber> doNotCall)
    {
        var blocked = doNotCall.Select(d => d.E164).ToHashSet(StringComparer.Ordinal);
        var customersById = customers.ToDictionary(c => c.Id);
        var ordersByNumber = orders.ToDictionary(o => o.Number, StringComparer.Ordinal);
        var attempts = new List<CampaignAttempt>();
        var shipped = orderHistory
            .Where(c => c.To == OrderStatus.Shipped && c.At > context.Now.AddDays(-30))
            .OrderBy(c => c.At);
        foreach (var shipment in shipped)
        {
            var customer = customersById[ordersByNumber[shipment.OrderNumber].CustomerId];
            var phone = customer.Phones[0];
            if (blocked.Contains(phone))
            {
                continue;
            }
            var scheduled = context.StartOf(DateOnly.FromDateTime(shipment.At.UtcDateTime).AddDays(1)).Add(campaign.WindowStart.ToTimeSpan()) + context.Seconds(0, 3600);
            for (var attempt = 1; attempt <= campaign.MaxAttempts; attempt++)
            {
                if (scheduled > context.Now)
                {
                    attempts.Add(new CampaignAttempt(campaign.Id, customer.Id, phone, scheduled, null, attempt, null));
                    break;
                }
                var result = context.PickWeighted<string>([("answered", 60), ("no-answer", 30), ("busy", 10)]);
                attempts.Add(new CampaignAttempt(campaign.Id, customer.Id, phone, scheduled, scheduled + context.Seconds(0, 120), attempt, result));
                if (result == "answered")
                {
                    break;
                }
                scheduled = scheduled.AddHours(2);
            }
        }
        return attempts;
    }
}
