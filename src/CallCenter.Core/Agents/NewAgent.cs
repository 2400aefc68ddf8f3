namespace CallCenter.Core.Agents;

/// <summary>An agent being taken on. Without a PIN hash they cannot sign in until one is set.</summary>
public sealed record NewAgent(string Extension, string Name, string Role = AgentRoles.Agent)
{
    /// <summary>The PIN as <see cref="AgentPin.Hash"/> made it; empty when no PIN is set yet.</summary>
    public string PinHash { get; init; } = "";

    /// <summary>Skill name to level, 1 (can do) to 5 (expert).</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
}
