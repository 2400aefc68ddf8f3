using CallCenter.Core.Agents;

namespace CallCenter.Data.Agents;

/// <summary>An agent with one of their skills, as <see cref="AgentSql"/> selects them.</summary>
internal sealed class AgentRow
{
    public string Extension { get; init; } = "";
    public string Name { get; init; } = "";
    public string PinHash { get; init; } = "";
    public string Role { get; init; } = "";
    public string? Skill { get; init; }
    public int? Level { get; init; }

    public static Agent Merge(IEnumerable<AgentRow> rows)
    {
        var all = rows.ToList();
        var first = all[0];
        return new Agent
        {
            Extension = first.Extension,
            Name = first.Name,
            PinHash = first.PinHash,
            Role = first.Role,
            Skills = all.Where(r => r is { Skill: not null, Level: not null }).ToDictionary(r => r.Skill!, r => r.Level!.Value, StringComparer.OrdinalIgnoreCase),
        };
    }
}
