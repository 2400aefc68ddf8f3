namespace CallCenter.Ari.Models;

public sealed record CallerId
{
    public string Name { get; init; } = "";
    public string Number { get; init; } = "";
}
