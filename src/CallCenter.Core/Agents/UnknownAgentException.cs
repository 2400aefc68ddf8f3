namespace CallCenter.Core.Agents;

/// <summary>A change named an extension no agent has.</summary>
public sealed class UnknownAgentException(string extension)
    : Exception($"No agent has extension {extension}.")
{
    public string Extension { get; } = extension;
}
