namespace CallCenter.Ari.Events;

public enum AriResourceKind
{
    Channel,
    Bridge,
    Playback,
    Recording,
    Endpoint,
    DeviceState,
}
