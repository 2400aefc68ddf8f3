using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A broadcast call was claimed by an application.</summary>
public sealed record CallClaimed : AriEvent
{
    public Channel Channel { get; init; } = new();
    public string WinnerApp { get; init; } = "";

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
