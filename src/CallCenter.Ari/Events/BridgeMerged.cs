using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>Two bridges became one: the channels of the bridge it came from are now in the bridge.</summary>
public sealed record BridgeMerged : AriEvent
{
    public Bridge Bridge { get; init; } = new();
    public Bridge BridgeFrom { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            yield return AriResourceKey.Bridge(Bridge.Id);
            yield return AriResourceKey.Bridge(BridgeFrom.Id);
        }
    }
}
