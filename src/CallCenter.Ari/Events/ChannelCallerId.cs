using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>The caller id of a channel changed.</summary>
public sealed record ChannelCallerId : AriEvent
{
    public int CallerPresentation { get; init; }
    public string CallerPresentationTxt { get; init; } = "";
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
