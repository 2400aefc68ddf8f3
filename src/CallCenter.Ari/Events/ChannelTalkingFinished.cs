using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>Talk detection heard a channel stop talking.</summary>
public sealed record ChannelTalkingFinished : AriEvent
{
    public Channel Channel { get; init; } = new();
    public int Duration { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
