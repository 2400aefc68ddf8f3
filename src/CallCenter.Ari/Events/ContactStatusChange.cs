using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A contact of an endpoint changed status, for example became reachable.</summary>
public sealed record ContactStatusChange : AriEvent
{
    public Endpoint Endpoint { get; init; } = new();
    public ContactInfo ContactInfo { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Endpoint(Endpoint.Technology, Endpoint.Resource)];
}
