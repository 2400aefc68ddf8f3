namespace CallCenter.Ari.Models;

public sealed record Variable
{
    public string Value { get; init; } = "";
}
