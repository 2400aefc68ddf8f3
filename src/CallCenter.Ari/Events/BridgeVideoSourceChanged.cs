using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>The video source of a bridge changed.</summary>
public sealed record BridgeVideoSourceChanged : AriEvent
{
    public Bridge Bridge { get; init; } = new();
    public string? OldVideoSourceId { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Bridge(Bridge.Id)];
}
