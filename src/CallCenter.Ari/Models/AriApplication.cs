using System.Text.Json;

namespace CallCenter.Ari.Models;

/// <summary>What Asterisk holds for a Stasis application: the resources it is subscribed to.</summary>
public sealed record AriApplication
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string> ChannelIds { get; init; } = [];
    public IReadOnlyList<string> BridgeIds { get; init; } = [];
    public IReadOnlyList<string> EndpointIds { get; init; } = [];
    public IReadOnlyList<string> DeviceNames { get; init; } = [];
    public IReadOnlyList<JsonElement> EventsAllowed { get; init; } = [];
    public IReadOnlyList<JsonElement> EventsDisallowed { get; init; } = [];
}
