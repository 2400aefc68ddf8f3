namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// One waiting line (queue, tier, language) read from its head. Callers further down have waited less, so their skill
/// step is the same or earlier: once no free agent fits any step up to the current caller's, the rest of the line is
/// left unread. Callers held for their last agent are passed over: the ones whose agent is free are served by a
/// <see cref="ReturningCallerSource"/>.
/// </summary>
internal sealed class WaitingLineSource(RoutingRound round, QueuePlan plan, IReadOnlyList<WaitingCall> line, string language) : CallSource
{
    private int next;
    private bool exhausted;

    public override int AgentForHead()
    {
        var step = plan.StepAt(Head.WaitedTicks);
        var agent = plan.PoolFor(step, language).Best();
        if (agent < 0)
        {
            exhausted = true;
            for (var earlier = 0; earlier < step && exhausted; earlier++)
            {
                exhausted = plan.PoolFor(earlier, language).Best() < 0;
            }
        }
        return agent;
    }

    public override bool TryNext()
    {
        while (!exhausted && next < line.Count)
        {
            var ranked = plan.Rank(line[next++], round.Now);
            if (!round.IsHeldForLastAgent(plan, ranked))
            {
                Head = ranked;
                return true;
            }
        }
        return false;
    }
}
