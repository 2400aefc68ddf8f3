namespace CallCenter.Ari.Models;

public sealed record ConfigInfo
{
    public string Name { get; init; } = "";
    public string DefaultLanguage { get; init; } = "";
    public int? MaxChannels { get; init; }
    public int? MaxOpenFiles { get; init; }
    public double? MaxLoad { get; init; }
    public SetId Setid { get; init; } = new();
}
