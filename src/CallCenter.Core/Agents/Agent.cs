namespace CallCenter.Core.Agents;

/// <summary>An agent: their softphone's extension, their name, what they are good at, and their sign-in PIN.</summary>
public sealed record Agent
{
    /// <summary>The PJSIP endpoint and extension, e.g. "1001".</summary>
    public required string Extension { get; init; }
    public required string Name { get; init; }

    /// <summary>Skill name to level, 1 (can do) to 5 (expert).</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();

    /// <summary>The PIN as <see cref="AgentPin.Hash"/> stored it; never the PIN itself.</summary>
    public string PinHash { get; init; } = "";
    public string Role { get; init; } = "agent";
}
