using CallCenter.Core.Agents;

namespace CallCenter.Core.Records;

/// <summary>An agent moved from one state to another; the audit trail agent-state reports are made from.</summary>
public sealed record AgentStateChange(string AgentExtension, AgentState From, AgentState To, string? Reason, DateTimeOffset At)
{
    /// <summary>Unique per change, so a change replayed from the outbox is stored once.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();
}
