using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel joined a bridge.</summary>
public sealed record ChannelEnteredBridge : AriEvent
{
    public Bridge Bridge { get; init; } = new();
    public Channel? Channel { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            if (Channel is not null)
            {
                yield return AriResourceKey.Channel(Channel.Id);
            }
            yield return AriResourceKey.Bridge(Bridge.Id);
        }
    }
}
