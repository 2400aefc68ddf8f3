using CallCenter.Core.Agents;
using CallCenter.Core.Catalog;
using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Outbound;
using CallCenter.Core.Records;
using CallCenter.Core.Stores;

namespace CallCenter.Data.Seeding;

/// <summary>
/// Everything the demo database holds, made by <see cref="DemoData.Generate"/>. Ids (customers, stores,
/// campaigns...) count from 1 and are the ones an empty database gives; the seeder maps them to the ones it gets.
/// </summary>
public sealed record DemoDataSet
{
    public required int Seed { get; init; }

    /// <summary>The moment the data was made for: "today" for promotions, the end of the call history.</summary>
    public required DateTimeOffset Now { get; init; }

    public required IReadOnlyList<Customer> Customers { get; init; }
    public required IReadOnlyList<PointsEntry> PointsHistory { get; init; }
    public required IReadOnlyList<Product> Products { get; init; }
    public required IReadOnlyList<Promotion> Promotions { get; init; }
    public required IReadOnlyList<Announcement> Announcements { get; init; }
    public required IReadOnlyList<Store> Stores { get; init; }
    public required IReadOnlyList<Order> Orders { get; init; }
    public required IReadOnlyList<OrderStatusChange> OrderStatusHistory { get; init; }
    public required IReadOnlyList<Agent> Agents { get; init; }
    public required IReadOnlyList<CallRecord> Calls { get; init; }
    public required IReadOnlyList<CallStep> CallSteps { get; init; }
    public required IReadOnlyList<AgentStateChange> AgentStateChanges { get; init; }
    public required IReadOnlyList<ComplaintTicket> Tickets { get; init; }
    public required IReadOnlyList<TicketEvent> TicketEvents { get; init; }
    public required IReadOnlyList<Campaign> Campaigns { get; init; }
    public required IReadOnlyList<CampaignAttempt> CampaignAttempts { get; init; }
    public required IReadOnlyList<DoNotCallNumber> DoNotCall { get; init; }
}
