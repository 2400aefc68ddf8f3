namespace CallCenter.Testing.Rest;

/// <summary>ast_callerid_parse: <c>"Queue" &lt;100&gt;</c>, <c>&lt;100&gt;</c>, <c>100</c> or <c>Queue</c>.</summary>
internal static class CallerId
{
    public static (string Name, string Number) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ("", "");
        }
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            var number = Shrink(text[(open + 1)..close].Trim());
            var name = text[..open].Trim().Trim('"').Trim();
            return (name, number);
        }
        var trimmed = text.Trim().Trim('"');
        return trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or '*' or '#' or '-' or '(' or ')' or '.' or ' ')
            ? ("", Shrink(trimmed))
            : (trimmed, "");
    }

    /// <summary>ast_shrink_phone_number: drops the punctuation people write numbers with.</summary>
    private static string Shrink(string number) =>
        new(number.Where(c => c is not ('(' or ')' or '-' or '.' or ' ')).ToArray());
}
