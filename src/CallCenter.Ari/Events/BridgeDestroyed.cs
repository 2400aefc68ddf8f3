using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A bridge went away. Asterisk only sends it for a bridge that still held channels of the application.</summary>
public sealed record BridgeDestroyed : AriEvent
{
    public Bridge Bridge { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Bridge(Bridge.Id)];
}
