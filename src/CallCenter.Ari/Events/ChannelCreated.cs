using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel was created.</summary>
public sealed record ChannelCreated : AriEvent
{
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
