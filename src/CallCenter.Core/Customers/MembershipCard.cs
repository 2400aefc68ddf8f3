namespace CallCenter.Core.Customers;

/// <summary>
/// Membership card numbers: 12 digits, the last a Luhn check digit, so a mistyped digit or two swapped
/// neighbours are caught before the database is asked.
/// </summary>
public static class MembershipCard
{
    public const int Length = 12;

    public static bool IsValid(string? number) =>
        number is { Length: Length } && HasValidCheckDigit(number);

    /// <summary>Whether a digit string of any length ends in its Luhn check digit.</summary>
    public static bool HasValidCheckDigit(string? digits) =>
        digits is { Length: >= 2 } && digits.All(char.IsAsciiDigit) && CheckDigit(digits.AsSpan(0, digits.Length - 1)) == digits[^1] - '0';

    /// <summary>Appends the check digit to the first 11 digits.</summary>
    public static string WithCheckDigit(string firstDigits)
    {
        if (firstDigits.Length != Length - 1 || !firstDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A card number starts with {Length - 1} digits.", nameof(firstDigits));
        }
        return firstDigits + (char)('0' + CheckDigit(firstDigits));
    }

    /// <summary>What logs and screens may show of a card: the last four digits.</summary>
    public static string Mask(string? number) =>
        string.IsNullOrEmpty(number) ? "" : number.Length <= 4 ? new string('*', number.Length) : new string('*', number.Length - 4) + number[^4..];

    private static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
