namespace CallCenter.Ari.Connection;

public sealed record AriConnectionStateChanged(AriConnectionState Previous, AriConnectionState Current, string? Reason);
