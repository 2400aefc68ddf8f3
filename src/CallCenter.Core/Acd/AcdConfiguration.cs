namespace CallCenter.Core.Acd;

/// <summary>Everything the call distributor is configured with: its queues, its agents, and rules for all of them.</summary>
public sealed record AcdConfiguration
{
    public IReadOnlyDictionary<string, QueueDefinition> Queues { get; init; } = new Dictionary<string, QueueDefinition>();

    public IReadOnlyDictionary<string, AgentDefinition> Agents { get; init; } = new Dictionary<string, AgentDefinition>();

    /// <summary>An agent who lets this many offers in a row go unanswered is paused ("missed calls"). Zero: never.</summary>
    public int AutoPauseAfterMissedOffers { get; init; } = 2;

    /// <summary>Where the file came from, for messages.</summary>
    public string Source { get; init; } = "";
}
