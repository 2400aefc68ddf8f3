using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>An endpoint changed state, for example went online or offline.</summary>
public sealed record EndpointStateChange : AriEvent
{
    public Endpoint Endpoint { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Endpoint(Endpoint.Technology, Endpoint.Resource)];
}
