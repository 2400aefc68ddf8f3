using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel could not be moved to another Stasis application and stays in this one.</summary>
public sealed record ApplicationMoveFailed : AriEvent
{
    public Channel Channel { get; init; } = new();
    public string Destination { get; init; } = "";
    public IReadOnlyList<string> Args { get; init; } = [];

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
