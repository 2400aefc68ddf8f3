namespace CallCenter.Ari.Models;

public sealed record StatusInfo
{
    /// <summary>Changes when Asterisk restarts: how a reconnecting client tells a restart from a network blip.</summary>
    public DateTimeOffset StartupTime { get; init; }
    public DateTimeOffset LastReloadTime { get; init; }
}
