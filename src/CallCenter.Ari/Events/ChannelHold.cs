using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel put its peer on hold.</summary>
public sealed record ChannelHold : AriEvent
{
    public Channel Channel { get; init; } = new();
    public string? Musicclass { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
