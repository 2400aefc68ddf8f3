using System.Globalization;

namespace CallCenter.Server.Dial;

/// <summary>What `dial` was asked for: `[--from NUMBER] [--flow FILE] [--speed FACTOR]`.</summary>
/// <param name="From">The caller's number; null for the default (a demo VIP, or anonymous).</param>
/// <param name="FlowFile">A flow file to try instead of the live one.</param>
/// <param name="Speed">How long prompts last, as a multiple of their recorded length; 0 plays them at once.</param>
public sealed record DialRequest(string? From, string? FlowFile, double Speed)
{
    /// <summary>The request, or null with <paramref name="problem"/> saying what is wrong with the flags.</summary>
    public static DialRequest? Parse(IReadOnlyList<string> flags, out string? problem)
    {
        problem = null;
        string? from = null;
        string? flow = null;
        double? speed = null;
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            if (flag is not ("--from" or "--flow" or "--speed"))
            {
                problem = $"dial does not know {flag}.";
                return null;
            }
            if (i + 1 >= flags.Count || string.IsNullOrWhiteSpace(flags[i + 1]) || flags[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"{flag} needs a value.";
                return null;
            }
            var value = flags[++i];
            var repeated = flag switch
            {
                "--from" => from is not null,
                "--flow" => flow is not null,
                _ => speed is not null,
            };
            if (repeated)
            {
                problem = $"{flag} is given twice.";
                return null;
            }
            switch (flag)
            {
                case "--from":
                    from = value.Trim();
                    break;
                case "--flow":
                    flow = value;
                    break;
                default:
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !double.IsFinite(factor) || factor < 0)
                    {
                        problem = $"--speed takes a factor of 0 or more, such as 0.5 (half as long as on a phone) or 0 (at once), not \"{value}\".";
                        return null;
                    }
                    speed = factor;
                    break;
            }
        }
        return new DialRequest(from, flow, speed ?? 1);
    }
}
