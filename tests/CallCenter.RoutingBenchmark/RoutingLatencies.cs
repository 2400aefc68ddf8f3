using System.Diagnostics;

namespace CallCenter.RoutingBenchmark;

/// <summary>How long each routing of one shape took, and their percentiles in milliseconds.</summary>
internal sealed class RoutingLatencies
{
    private readonly List<long> ticks = [];

    public void Add(long elapsedTicks) => ticks.Add(elapsedTicks);

    public double Percentile(double p)
    {
        var sorted = ticks.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return Milliseconds(sorted[Math.Clamp(index, 0, sorted.Count - 1)]);
    }

    public double Max => Milliseconds(ticks.Max());

    public double Mean => Milliseconds((long)ticks.Average());

    private static double Milliseconds(long elapsed) => elapsed * 1000.0 / Stopwatch.Frequency;
}
