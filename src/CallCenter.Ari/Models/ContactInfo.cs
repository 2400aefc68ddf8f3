namespace CallCenter.Ari.Models;

/// <summary>A contact of an endpoint and whether it is reachable.</summary>
public sealed record ContactInfo
{
    public string Uri { get; init; } = "";
    public string ContactStatus { get; init; } = "";
    public string Aor { get; init; } = "";
    public string? RoundtripUsec { get; init; }
}
