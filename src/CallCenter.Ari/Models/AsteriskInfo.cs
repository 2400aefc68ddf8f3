namespace CallCenter.Ari.Models;

public sealed record AsteriskInfo
{
    public BuildInfo? Build { get; init; }
    public SystemInfo? System { get; init; }
    public ConfigInfo? Config { get; init; }
    public StatusInfo? Status { get; init; }
}
