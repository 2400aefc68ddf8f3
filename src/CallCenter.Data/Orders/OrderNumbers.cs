using System.Globalization;
using System.Security.Cryptography;

namespace CallCenter.Data.Orders;

/// <summary>
/// New order numbers: eight digits, never starting with 0 (a caller keys them in and an agent reads them out),
/// drawn at random so they cannot be counted through. Uniqueness is the database's: a drawn number already
/// taken is simply drawn again.
/// </summary>
internal static class OrderNumbers
{
    public static string Draw() =>
        RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
}
