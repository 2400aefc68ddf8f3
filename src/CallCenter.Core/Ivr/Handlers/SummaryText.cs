using System.Globalization;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// How handler summaries write values: the same on every server whatever its culture, short enough for a
/// screen pop ("Nov 24", "$1,234.50", "12,345").
/// </summary>
internal static class SummaryText
{
    public static string Money(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("MMM d", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);

    /// <summary>A keyed number as a screen may show it: a caller who keyed their card where an order number was asked still has it masked.</summary>
    public static string Keyed(string key) => MembershipCard.IsValid(key) ? MembershipCard.Mask(key) : key;

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.OutForDelivery => "out for delivery",
        _ => status.ToString().ToLowerInvariant(),
    };
}
