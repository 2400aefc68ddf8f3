using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A playback of several media moved on to the next one.</summary>
public sealed record PlaybackContinuing : AriEvent
{
    public Playback Playback { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => AriResourceKey.WithTarget(AriResourceKey.Playback(Playback.Id), Playback.TargetUri);
}
