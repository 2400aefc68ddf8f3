using System.Globalization;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>What a caller keyed in, checked before any database is asked: a telephone keypad gives digits only.</summary>
internal static class KeyedInput
{
    /// <summary>Order numbers and product codes are kept in columns of this many characters.</summary>
    public const int MaxKeyLength = 20;

    public const int MinQuantity = 1;

    public const int MaxQuantity = 99;

    /// <summary>The key (an order number, a product code) when it is 1 to 20 digits, else null.</summary>
    public static string? Key(string? keyed)
    {
        var key = keyed?.Trim();
        return key is { Length: > 0 and <= MaxKeyLength } && key.All(char.IsAsciiDigit) ? key : null;
    }

    /// <summary>The quantity when it is a whole number from 1 to 99, else null.</summary>
    public static int? Quantity(string? keyed) =>
        keyed is not null
        && keyed.Trim() is { Length: > 0 and <= 3 } digits
        && digits.All(char.IsAsciiDigit)
        && int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) is >= MinQuantity and <= MaxQuantity and var quantity
            ? quantity
            : null;
}
