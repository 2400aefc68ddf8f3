using PhoneNumbers;

namespace CallCenter.Core.Customers;

/// <summary>
/// Phone numbers in one form, E.164 ("+15551230001"), whatever form the switch or an agent gave them in:
/// "(555) 123-0001", "0015551230001", "+1 555 123 0001". National numbers are read in the hotline's region.
/// </summary>
public static class CallerNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164, or null when it is not a phone number (anonymous, "unknown", an extension).</summary>
    public static string? ToE164(string? raw, string defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(raw) || !raw.Any(char.IsAsciiDigit))
        {
            return null;
        }
        try
        {
            var number = Util.Parse(raw.Trim(), defaultRegion);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
