using CallCenter.Core.Agents;

namespace CallCenter.Core.Acd.Agents;

/// <summary>
/// An agent as routing sees them at one moment: a copy, so routing can run on it while the roster moves on.
/// <see cref="IdleSince"/> is set only while <see cref="AgentState.Available"/>; <see cref="LastOfferedAt"/> is the last
/// offer from any queue, <see cref="LastOfferedByQueue"/> the last from each (what round-robin compares).
/// </summary>
public sealed record AgentView(
    string Extension,
    string Name,
    AgentState State,
    IReadOnlyDictionary<string, int> Skills,
    DateTimeOffset? IdleSince,
    DateTimeOffset? LastOfferedAt,
    IReadOnlyDictionary<string, DateTimeOffset> LastOfferedByQueue,
    int AnsweredToday,
    string? CurrentCallId,
    string? PauseReason,
    DateTimeOffset StateSince)
{
    public bool LoggedIn => State != AgentState.LoggedOut;
}
