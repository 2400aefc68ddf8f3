using System.Diagnostics;

namespace CallCenter.Benchmarks;

/// <summary>
/// Durations measured one by one (Stopwatch ticks) and their percentiles in milliseconds. Shared by the lookup
/// benchmark and, as a linked file, the routing benchmark.
/// </summary>
internal class Latencies
{
    private readonly List<long> ticks = [];

    public int Count => ticks.Count;

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
