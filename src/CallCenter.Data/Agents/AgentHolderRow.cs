namespace CallCenter.Data.Agents;

/// <summary>Who has an extension, as <see cref="AgentSql.Holder"/> selects them.</summary>
internal sealed class AgentHolderRow
{
    public string Name { get; init; } = "";
    public bool Active { get; init; }
}
