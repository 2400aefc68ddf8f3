using System.Globalization;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>Durations as admins write them: "500ms", "5s", "2m", "1.5s".</summary>
internal static class Duration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var trimmed = text.Trim();
        (string Suffix, double Scale)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, scale) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number >= 0)
            {
                value = TimeSpan.FromSeconds(number * scale);
                return true;
            }
        }
        return false;
    }

    /// <summary>The shortest way an admin would write <paramref name="value"/>: "0s", "500ms", "90s", "2m", "1h".</summary>
    public static string Format(TimeSpan value) =>
        value == TimeSpan.Zero ? "0s"
        : value.Ticks % TimeSpan.TicksPerHour == 0 ? $"{(long)value.TotalHours}h"
        : value.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{(long)value.TotalMinutes}m"
        : value.Ticks % TimeSpan.TicksPerSecond == 0 ? $"{(long)value.TotalSeconds}s"
        : $"{value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";
}
