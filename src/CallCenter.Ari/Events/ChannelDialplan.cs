using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel moved on in the dialplan.</summary>
public sealed record ChannelDialplan : AriEvent
{
    public Channel Channel { get; init; } = new();
    public string DialplanApp { get; init; } = "";
    public string DialplanAppData { get; init; } = "";

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
