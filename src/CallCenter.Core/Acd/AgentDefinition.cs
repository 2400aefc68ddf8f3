namespace CallCenter.Core.Acd;

/// <summary>An agent as the admin configured them for the call distributor.</summary>
public sealed record AgentDefinition
{
    /// <summary>Their softphone's extension and PJSIP endpoint, e.g. "1001".</summary>
    public required string Extension { get; init; }

    public required string Name { get; init; }

    /// <summary>Skill name to level, 1 (can do) to 5 (expert).</summary>
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
}
