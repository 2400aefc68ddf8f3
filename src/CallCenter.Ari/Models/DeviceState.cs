namespace CallCenter.Ari.Models;

public sealed record DeviceState
{
    public string Name { get; init; } = "";

    /// <summary>UNKNOWN, NOT_INUSE, INUSE, BUSY, INVALID, UNAVAILABLE, RINGING, RINGINUSE or ONHOLD.</summary>
    public string State { get; init; } = "";
}
