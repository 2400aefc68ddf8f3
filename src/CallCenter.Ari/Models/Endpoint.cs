namespace CallCenter.Ari.Models;

public sealed record Endpoint
{
    public string Technology { get; init; } = "";
    public string Resource { get; init; } = "";

    /// <summary>unknown, offline or online.</summary>
    public string? State { get; init; }
    public IReadOnlyList<string> ChannelIds { get; init; } = [];
}
