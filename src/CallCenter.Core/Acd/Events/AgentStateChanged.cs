using CallCenter.Core.Agents;
using CallCenter.Core.Records;

namespace CallCenter.Core.Acd.Events;

/// <summary><paramref name="Agent"/> (their extension) moved from one state to another.</summary>
public sealed record AgentStateChanged(DateTimeOffset At, string Agent, AgentState From, AgentState To, string? Reason) : AcdEvent(At)
{
    public static AgentStateChanged Of(AgentStateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new AgentStateChanged(change.At, change.AgentExtension, change.From, change.To, change.Reason);
    }
}
