using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A call was offered to several applications; the first to claim it gets it.</summary>
public sealed record CallBroadcast : AriEvent
{
    public Channel Channel { get; init; } = new();
    public string? Caller { get; init; }
    public string? Called { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
