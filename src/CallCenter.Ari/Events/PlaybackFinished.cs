using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>
/// A playback ended: done when it played out or was stopped, failed when the media was missing or the channel
/// hung up. It can arrive without a PlaybackStarted before it.
/// </summary>
public sealed record PlaybackFinished : AriEvent
{
    public Playback Playback { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => AriResourceKey.WithTarget(AriResourceKey.Playback(Playback.Id), Playback.TargetUri);
}
