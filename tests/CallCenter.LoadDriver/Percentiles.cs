using System.Globalization;

namespace CallCenter.LoadDriver;

internal static class Percentiles
{
    public static string Describe(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "no samples";
        }
        var sorted = milliseconds.Order().ToArray();
        string At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
        return $"p50 {At(0.50)} ms, p95 {At(0.95)} ms, p99 {At(0.99)} ms, max {sorted[^1].ToString("0.0", CultureInfo.InvariantCulture)} ms";
    }
}
