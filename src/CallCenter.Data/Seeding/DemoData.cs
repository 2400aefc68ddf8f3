namespace CallCenter.Data.Seeding;

/// <summary>
/// The demo data set: a realistic shop and a year of its hotline, all drawn from one seed. The same seed and
/// the same moment give the same data, to the millisecond (agents' PIN hashes aside: they are salted).
/// </summary>
public static class DemoData
{
    /// <summary>The seed `db seed --demo` and the first start use.</summary>
    public const int DefaultSeed = 20260101;

    public static DemoDataSet Generate(DateTimeOffset now, int seed = DefaultSeed)
    {
        var context = new DemoContext(seed, now);
        var customers = DemoCustomers.Generate(context);
        var products = DemoCatalog.Products(context);
        var promotions = DemoCatalog.Promotions(context, products);
        var announcements = DemoCatalog.Announcements(context);
        var stores = DemoStores.Generate();
        var (orders, orderHistory) = DemoOrders.Generate(context, customers, products);
        var (pointed, points) = DemoPoints.Generate(context, customers, orders, orderHistory, stores);
        var agents = DemoAgents.Generate();
        var calls = new DemoCallHistory(context, pointed, orders, products, agents);
        calls.Generate();
        var (tickets, ticketEvents) = DemoComplaints.Generate(context, calls.ComplaintMessages, agents);
        var campaigns = DemoOutbound.Campaigns();
        var doNotCall = DemoOutbound.DoNotCall(context, pointed, calls.UnknownNumbers);
        var attempts = DemoOutbound.Attempts(context, campaigns[0], pointed, orderHistory, orders, doNotCall);
        return new DemoDataSet
        {
            Seed = seed,
            Now = context.Now,
            Customers = pointed,
            PointsHistory = points,
            Products = products,
            Promotions = promotions,
            Announcements = announcements,
            Stores = stores,
            Orders = orders,
            OrderStatusHistory = orderHistory,
            Agents = agents,
            Calls = calls.Calls,
            CallSteps = calls.Steps,
            AgentStateChanges = calls.StateChanges,
            Tickets = tickets,
            TicketEvents = ticketEvents,
            Campaigns = campaigns,
            CampaignAttempts = attempts,
            DoNotCall = doNotCall,
        };
    }
}
