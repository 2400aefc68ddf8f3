namespace CallCenter.Ari.Models;

public sealed record AsteriskPing
{
    public string AsteriskId { get; init; } = "";
    public string Ping { get; init; } = "";
    public string Timestamp { get; init; } = "";
}
