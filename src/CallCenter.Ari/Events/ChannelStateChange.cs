using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel changed state, for example from Ringing to Up.</summary>
public sealed record ChannelStateChange : AriEvent
{
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
