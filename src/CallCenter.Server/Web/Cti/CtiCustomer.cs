using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;

namespace CallCenter.Server.Web.Cti;

/// <summary>A customer as the API shows them: the membership card masked to its last four digits.</summary>
internal sealed record CtiCustomer(
    long Id,
    string Name,
    CustomerTier Tier,
    string? MembershipCard,
    int PointsBalance,
    DateOnly? Birthday,
    string? PreferredLanguage,
    IReadOnlyList<string> Phones,
    DateTimeOffset CreatedAt,
    IReadOnlyList<CtiOrder> RecentOrders,
    IReadOnlyList<CtiTicket> OpenTickets)
{
    public static CtiCustomer Of(Customer customer, IReadOnlyList<Order> orders, IReadOnlyList<ComplaintTicket> tickets) => new(
        customer.Id,
        customer.Name,
        customer.Tier,
        string.IsNullOrEmpty(customer.CardNumber) ? null : Core.Customers.MembershipCard.Mask(customer.CardNumber),
        customer.PointsBalance,
        customer.Birthday,
        customer.PreferredLanguage,
        customer.Phones,
        customer.CreatedAt,
        [.. orders.Select(CtiOrder.Of)],
        [.. tickets.Select(CtiTicket.Of)]);
}
