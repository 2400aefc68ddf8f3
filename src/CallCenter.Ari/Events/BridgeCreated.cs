using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A bridge was created.</summary>
public sealed record BridgeCreated : AriEvent
{
    public Bridge Bridge { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Bridge(Bridge.Id)];
}
