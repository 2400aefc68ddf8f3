using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A live recording could not be made or was cut off.</summary>
public sealed record RecordingFailed : AriEvent
{
    public LiveRecording Recording { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => AriResourceKey.WithTarget(AriResourceKey.Recording(Recording.Name), Recording.TargetUri);
}
