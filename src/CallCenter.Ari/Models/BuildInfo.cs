namespace CallCenter.Ari.Models;

public sealed record BuildInfo
{
    public string Os { get; init; } = "";
    public string Kernel { get; init; } = "";
    public string Options { get; init; } = "";
    public string Machine { get; init; } = "";
    public string Date { get; init; } = "";
    public string User { get; init; } = "";
}
