using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel left the application: it is no longer ours, though it may still exist.</summary>
public sealed record StasisEnd : AriEvent
{
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
