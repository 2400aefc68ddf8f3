namespace CallCenter.Benchmarks;

/// <summary>The latencies of one lookup, measured call by call.</summary>
internal sealed class LatencySample(string lookup) : Latencies
{
    public string Lookup { get; } = lookup;
}
