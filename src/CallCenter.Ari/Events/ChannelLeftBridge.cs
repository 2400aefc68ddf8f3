using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel left a bridge.</summary>
public sealed record ChannelLeftBridge : AriEvent
{
    public Bridge Bridge { get; init; } = new();
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            yield return AriResourceKey.Channel(Channel.Id);
            yield return AriResourceKey.Bridge(Bridge.Id);
        }
    }
}
