using CallCenter.Core.Agents;

namespace CallCenter.Data.Agents;

/// <summary>An agent as <see cref="AgentSql.ListAccounts"/> selects them.</summary>
internal sealed class AgentAccountRow
{
    public string Extension { get; init; } = "";
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public bool HasPin { get; init; }
    public bool Active { get; init; }

    public AgentAccount ToAccount() => new(Extension, Name, Role, HasPin, Active);
}
