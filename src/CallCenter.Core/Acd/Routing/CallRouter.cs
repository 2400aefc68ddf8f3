namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// Decides which waiting callers go to which available agents. A pure function of the callers, agents, queues and
/// the time given: the same inputs give the same decisions, whatever order they are listed in; nothing is read from a
/// clock and nothing is changed.
/// </summary>
/// <remarks>
/// <para>
/// Callers are served by priority: seconds waited × the queue's weight for their tier, then the longer wait, then
/// the call id. A caller whose last agent is logged in is held for that agent for the queue's
/// <see cref="QueueDefinition.LastAgentWait"/>, counted from <see cref="WaitingCall.EnqueuedAt"/>; the agent is offered
/// to them whatever their skills (they served that customer), and while they are available to no other caller;
/// busy, the caller is passed over and holds up nobody. Any other caller goes to the best available agent by the
/// queue's strategy (ties by extension) with the skills of the queue's step in force for their wait, plus their
/// language when the queue matches languages; a relaxed step does not change their priority. A caller nobody can take
/// is passed over, so they never hold up the callers behind them.
/// </para>
/// <para>
/// Cost: the distributor keeps its callers in <see cref="WaitingCalls"/>, lines already in the order they are served,
/// so a routing reads each line from its head only until every free agent is offered a call, or until no free agent
/// fits the rest of the line — a few reads per decision, however many callers wait, instead of a pass over all of
/// them. The callers held for a busy last agent are the exception: they are read and passed over one by one.
/// </para>
/// </remarks>
public static class CallRouter
{
    /// <summary>The offers to make now; each agent and each caller at most once, in the order the callers are served.</summary>
    /// <exception cref="ArgumentException">
    /// Callers wait in a queue that is not in <paramref name="queues"/>, a queue has a negative tier weight, or an
    /// agent is listed twice. Only what a routing reads is checked: with no agent available, nothing is.
    /// </exception>
    public static IReadOnlyList<RoutingDecision> Route(
        WaitingCalls waiting,
        IReadOnlyList<AgentSnapshot> agents,
        IReadOnlyDictionary<string, QueueDefinition> queues,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(queues);
        return new RoutingRound(agents, queues, now).Decide(waiting);
    }

    /// <summary>
    /// The same for callers in a plain list, in any order: they are put in lines first, which costs a sort's worth of
    /// work per routing. For tests and one-off routings; the distributor keeps a <see cref="WaitingCalls"/>.
    /// </summary>
    /// <exception cref="ArgumentException">As the other overload, or a caller is listed twice.</exception>
    public static IReadOnlyList<RoutingDecision> Route(
        IEnumerable<WaitingCall> calls,
        IReadOnlyList<AgentSnapshot> agents,
        IReadOnlyDictionary<string, QueueDefinition> queues,
        DateTimeOffset now) =>
        Route(new WaitingCalls(calls), agents, queues, now);
}
