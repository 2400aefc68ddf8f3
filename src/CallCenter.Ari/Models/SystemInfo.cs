namespace CallCenter.Ari.Models;

public sealed record SystemInfo
{
    public string Version { get; init; } = "";
    public string EntityId { get; init; } = "";
}
