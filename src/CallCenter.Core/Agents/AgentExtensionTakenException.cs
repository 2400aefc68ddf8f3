namespace CallCenter.Core.Agents;

/// <summary>An extension identifies one agent, and stays theirs after they leave so that their calls keep their name.</summary>
public sealed class AgentExtensionTakenException(string extension, string holder, bool holderActive)
    : Exception(holderActive
        ? $"Extension {extension} is already {holder}'s."
        : $"Extension {extension} was {holder}'s, who is deactivated: reactivate them or pick another extension.")
{
    public string Extension { get; } = extension;
}
