namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// Decides which waiting call goes to which available agent. A pure function: the same calls, agents, queues and
/// time give the same decisions, in any input order; nothing is read from a clock or stored.
/// </summary>
/// <remarks>
/// <para>
/// Calls are served by priority: seconds waited × the queue's weight for the caller's tier, then the longer wait,
/// then the call id. A caller whose last agent is logged in is held for that agent for the queue's
/// <see cref="QueueDefinition.LastAgentWait"/> (from <see cref="WaitingCall.EnqueuedAt"/>, whatever their skills: that
/// agent served them), and while that agent is available no other call is offered to them; otherwise a call goes to the best available agent (by the queue's
/// strategy, ties by extension) with the skills of the queue's step in force for its wait, plus its language when the
/// queue matches languages. A call nobody can take is passed over, so it never holds up the calls behind it.
/// </para>
/// <para>
/// Cost: one pass over the calls (a few dictionary look-ups each, none for a call whose requirements no free agent
/// meets) plus, per decision, a heap step over the lines of calls that share requirements and tier. Nothing is sorted
/// when the calls come in <see cref="WaitingCall.EnqueuedAt"/> order — the distributor keeps its queues that way, and
/// an overflowed call keeps its original time — any other order is still routed correctly, with a sort per line.
/// Queue and language names are first matched by reference (the distributor passes the configuration's own strings),
/// which saves hashing them for every call.
/// </para>
/// </remarks>
public static class CallRouter
{
    /// <summary>The offers to make now; each agent and each call appears at most once, in the order the calls are served.</summary>
    /// <exception cref="ArgumentException">
    /// A call waits in a queue that is not in <paramref name="queues"/>, an agent is listed twice, or a call listed twice
    /// would be offered twice. With no agent available nothing is looked at, so nothing is reported.
    /// </exception>
    public static IReadOnlyList<RoutingDecision> Route(
        IReadOnlyList<WaitingCall> calls,
        IReadOnlyList<AgentSnapshot> agents,
        IReadOnlyDictionary<string, QueueDefinition> queues,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(queues);
        return new RoutingRound(agents, queues, now).Decide(calls);
    }
}
