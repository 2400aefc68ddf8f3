using System.Globalization;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>How values are written into call variables, the one form the say nodes and the call record read back.</summary>
internal static class VariableValues
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A money variable read back (a quote the caller heard), or null when it is not one.</summary>
    public static decimal? ParseMoney(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    /// <summary>A customer id another handler set, or null when it is missing or not an id.</summary>
    public static long? ParseId(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
