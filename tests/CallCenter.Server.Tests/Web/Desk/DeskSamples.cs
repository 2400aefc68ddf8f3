using CallCenter.Core.Acd.Events;
using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Records;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>A VIP customer with orders, previous calls and a ticket, and the calls offered to the desk's agent.</summary>
internal static class DeskSamples
{
    public const string VipPhone = "+15551230001";
    public const string VipCard = "600012345678";
    public const string StrangerPhone = "+12025550199";

    public static Customer Vip { get; } = new()
    {
        Id = 42,
        Name = "Grace Hopper",
        Tier = CustomerTier.Vip,
        CardNumber = VipCard,
        PointsBalance = 12_345,
        Birthday = new DateOnly(1980, 12, 9),
        PreferredLanguage = "en",
        Phones = [VipPhone],
    };

    public static void AddVip(DeskRig rig)
    {
        rig.Customers.Add(Vip);
        rig.Orders.Orders.Add(new Order
        {
            Number = "100045",
            CustomerId = Vip.Id,
            Status = OrderStatus.Shipped,
            PlacedAt = DeskRig.Start.AddDays(-3),
            ExpectedDelivery = new DateOnly(2026, 11, 24),
            Lines = [new OrderLine("SKU-1", 2, 10m)],
        });
        rig.Orders.Orders.Add(new Order { Number = "100012", CustomerId = Vip.Id, Status = OrderStatus.Delivered, PlacedAt = DeskRig.Start.AddDays(-30) });
        rig.Orders.Orders.Add(new Order { Number = "100099", CustomerId = 7, Status = OrderStatus.Placed, PlacedAt = DeskRig.Start.AddDays(-1) });
        rig.Journal.Add(new CallRecord
        {
            CallId = "earlier-call",
            StartedAt = DeskRig.Start.AddDays(-2),
            CustomerId = Vip.Id,
            AgentExtension = "1002",
            Queue = "support",
            Disposition = "follow-up",
            Notes = "Wants the blue one",
            Outcome = CallOutcome.Answered,
        });
        rig.Journal.Add(new CallRecord { CallId = "this-call", StartedAt = DeskRig.Start.AddMinutes(-2), CustomerId = Vip.Id, Outcome = CallOutcome.InProgress });
        rig.Complaints.Tickets.Add(new ComplaintTicket
        {
            Id = Guid.Parse("0193a000-0000-7000-8000-000000000001"),
            CreatedAt = DeskRig.Start.AddDays(-1),
            CallerNumber = VipPhone,
            CustomerId = Vip.Id,
            Summary = "Parcel damaged",
        });
    }

    public static CallOffered VipOffered(DateTimeOffset at, string agent = DeskRig.Agent) => new(
        at,
        "this-call",
        "support",
        agent,
        VipPhone,
        Vip.Id,
        CustomerTier.Vip,
        [
            new CallStep("this-call", 1, at.AddSeconds(-90), "identify", Outcome: "found", Detail: "caller: Grace Hopper (Vip)"),
            new CallStep("this-call", 2, at.AddSeconds(-80), "main-menu", Input: "2"),
            new CallStep("this-call", 3, at.AddSeconds(-60), "order-status", Input: "100045", Outcome: "found", Detail: "order 100045: shipped, expected Nov 24"),
            new CallStep("this-call", 4, at.AddSeconds(-50), "main-menu", Input: "0"),
        ],
        TimeSpan.FromSeconds(75));

    public static CallOffered StrangerOffered(DateTimeOffset at, string callerNumber = "(202) 555-0199") => new(
        at,
        "stranger-call",
        "support",
        DeskRig.Agent,
        callerNumber,
        null,
        CustomerTier.Regular,
        [new CallStep("stranger-call", 1, at.AddSeconds(-30), "identify", Outcome: "not-found", Detail: "caller: number not known")],
        TimeSpan.FromSeconds(12));
}
