using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A peer (an endpoint's registration) changed status.</summary>
public sealed record PeerStatusChange : AriEvent
{
    public Endpoint Endpoint { get; init; } = new();
    public Peer Peer { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Endpoint(Endpoint.Technology, Endpoint.Resource)];
}
