namespace CallCenter.Ari.Models;

/// <summary>A protocol parameter of a transfer destination.</summary>
public sealed record AdditionalParam
{
    public string ParameterName { get; init; } = "";
    public string ParameterValue { get; init; } = "";
}
