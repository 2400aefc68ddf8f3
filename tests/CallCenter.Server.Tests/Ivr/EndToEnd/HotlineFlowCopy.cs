using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>
/// flows/hotline.yaml as shipped, with every wait for the caller (timeout, first-digit-timeout, inter-digit-timeout,
/// review-timeout) shortened, so silence costs a test milliseconds. Nothing else changes, line for line: the calls
/// run the hotline's own structure and an error still points at the line it would in the original.
/// </summary>
internal static partial class HotlineFlowCopy
{
    public static string Original => RepositoryRoot.PathOf("flows", "hotline.yaml");

    /// <summary>The hotline's text with each timeout multiplied by <paramref name="scale"/>.</summary>
    public static string Shortened(double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var lines = File.ReadAllLines(Original);
        return string.Join('\n', lines.Select(line => Timeout().Replace(line, m => m.Groups["key"].Value + Scaled(m, scale)))) + "\n";
    }

    /// <summary>Writes the shortened hotline as hotline.yaml in <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory, double scale)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "hotline.yaml");
        File.WriteAllText(path, Shortened(scale));
        return path;
    }

    private static string Scaled(Match match, double scale)
    {
        var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var milliseconds = match.Groups["unit"].Value switch
        {
            "ms" => amount,
            "s" => amount * 1000,
            "m" => amount * 60_000,
            var unit => throw new FormatException($"'{unit}' is not a unit of a flow duration"),
        };
        return Math.Max(1, (int)Math.Round(milliseconds * scale)).ToString(CultureInfo.InvariantCulture) + "ms";
    }

    [GeneratedRegex(@"^(?<key>\s*[a-z-]*timeout:\s*)(?<amount>\d+)(?<unit>ms|s|m)(?=\s*(#.*)?$)")]
    private static partial Regex Timeout();
}
