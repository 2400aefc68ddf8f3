using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A device state changed, such as an agent phone going in use or a custom presence state.</summary>
public sealed record DeviceStateChanged : AriEvent
{
    public DeviceState DeviceState { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.DeviceState(DeviceState.Name)];
}
