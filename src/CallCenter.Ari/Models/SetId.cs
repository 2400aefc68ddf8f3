namespace CallCenter.Ari.Models;

public sealed record SetId
{
    public string User { get; init; } = "";
    public string Group { get; init; } = "";
}
