namespace CallCenter.Ari.Models;

/// <summary>The destination named in a transfer request.</summary>
public sealed record RequiredDestination
{
    public string? ProtocolId { get; init; }
    public string? Destination { get; init; }
    public IReadOnlyList<AdditionalParam>? AdditionalProtocolParams { get; init; }
}
