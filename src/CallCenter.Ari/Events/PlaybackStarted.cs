using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A playback began playing on its channel or bridge.</summary>
public sealed record PlaybackStarted : AriEvent
{
    public Playback Playback { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => AriResourceKey.WithTarget(AriResourceKey.Playback(Playback.Id), Playback.TargetUri);
}
