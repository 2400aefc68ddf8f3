namespace CallCenter.Ari.Models;

/// <summary>The registration state of an endpoint.</summary>
public sealed record Peer
{
    public string PeerStatus { get; init; } = "";
    public string? Cause { get; init; }
    public string? Address { get; init; }
    public string? Port { get; init; }
    public string? Time { get; init; }
}
