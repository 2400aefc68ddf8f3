using System.Globalization;
using CallCenter.Core.Customers;

namespace CallCenter.Server.Web.Desk;

/// <summary>The caller's customer record as the screen pop shows it: the membership card masked but for its last four digits.</summary>
public sealed record PopCustomer(long Id, string Name, CustomerTier Tier, string MaskedCard, int Points, DateOnly? Birthday, string? Language)
{
    public static PopCustomer From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new PopCustomer(
            customer.Id,
            customer.Name,
            customer.Tier,
            MembershipCard.Mask(customer.CardNumber),
            customer.PointsBalance,
            customer.Birthday,
            customer.PreferredLanguage);
    }

    /// <summary>"Nov 24" (and "today" when it is).</summary>
    public string BirthdayText(DateOnly today) =>
        Birthday is not { } day ? ""
        : day.Month == today.Month && day.Day == today.Day ? day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) + " (today)"
        : day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
}
