using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A live recording ended and was stored; its duration is in seconds.</summary>
public sealed record RecordingFinished : AriEvent
{
    public LiveRecording Recording { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => AriResourceKey.WithTarget(AriResourceKey.Recording(Recording.Name), Recording.TargetUri);
}
