using CallCenter.Core.Acd.Events;
using Microsoft.AspNetCore.Http;

namespace CallCenter.Server.Web.Cti;

/// <summary>
/// Which events a stream client asked for: `?agent=1001` keeps the events of that agent (calls offered to,
/// connected with or ended by them, and their state changes; CallQueued has no agent yet and is left out);
/// `?types=CallOffered,CallEnded` keeps those kinds. Both together keep what passes both.
/// </summary>
public sealed record CtiEventFilter(string? Agent, IReadOnlySet<string>? Types)
{
    private const int MaxAgentLength = 32;

    /// <summary>The filter of a request's query, or null and what is wrong with it.</summary>
    public static CtiEventFilter? Parse(IQueryCollection query, out string? problem)
    {
        problem = null;
        string? agent = null;
        if (query.TryGetValue("agent", out var agents))
        {
            agent = agents.ToString().Trim();
            if (agent.Length is 0 or > MaxAgentLength || !agent.All(char.IsAsciiLetterOrDigit))
            {
                problem = $"agent '{agents}' is not an extension (letters and digits, e.g. 1001).";
                return null;
            }
        }
        HashSet<string>? types = null;
        if (query.TryGetValue("types", out var typeList))
        {
            types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in typeList.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (CtiEvents.Types.FirstOrDefault(t => t.Equals(name, StringComparison.OrdinalIgnoreCase)) is not { } known)
                {
                    problem = $"types: '{name}' is not an event type; the types are {string.Join(", ", CtiEvents.Types)}.";
                    return null;
                }
                types.Add(known);
            }
            if (types.Count == 0)
            {
                problem = $"types is empty; give one or more of {string.Join(", ", CtiEvents.Types)}, separated by commas.";
                return null;
            }
        }
        return new CtiEventFilter(agent, types);
    }

    public bool Passes(AcdEvent acdEvent) =>
        (Types is null || Types.Contains(acdEvent.GetType().Name))
        && (Agent is null || string.Equals(CtiEvents.AgentOf(acdEvent), Agent, StringComparison.Ordinal));
}
