namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// A compose "ports" entry in short syntax: "[host_ip:]published[-end]:target[-end][/protocol]".
/// </summary>
public sealed record ComposePort(string? HostIp, int PublishedStart, int PublishedEnd, int TargetStart, int TargetEnd, string Protocol)
{
    public static ComposePort Parse(string text)
    {
        var protocol = "tcp";
        var spec = text.Trim();
        var slash = spec.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = spec[(slash + 1)..].ToLowerInvariant();
            spec = spec[..slash];
        }

        var parts = spec.Split(':');
        var (hostIp, published, target) = parts.Length switch
        {
            2 => (null, parts[0], parts[1]),
            3 => (parts[0], parts[1], parts[2]),
            _ => throw new FormatException($"'{text}' is not 'published:target' with an optional host address"),
        };

        var (publishedStart, publishedEnd) = Range(published, text);
        var (targetStart, targetEnd) = Range(target, text);
        return new ComposePort(hostIp, publishedStart, publishedEnd, targetStart, targetEnd, protocol);
    }

    private static (int Start, int End) Range(string range, string text)
    {
        var bounds = range.Split('-');
        if (bounds.Length is < 1 or > 2 || !bounds.All(bound => int.TryParse(bound, out _)))
        {
            throw new FormatException($"'{range}' in '{text}' is not a port or a port range");
        }

        var start = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(bounds[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (start, end);
    }
}
