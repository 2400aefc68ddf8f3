namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// The best of the callers held for one available agent (their last agent): the agent is kept for them, so it is
/// offered to that caller whenever its turn comes, and the other callers held for the agent wait for the next routing.
/// </summary>
internal sealed class ReturningCallerSource : CallSource
{
    private readonly int agent;

    public ReturningCallerSource(int agent, RankedCall best)
    {
        this.agent = agent;
        Head = best;
    }

    public override int AgentForHead() => agent;

    /// <summary>The one caller is routed straight from the constructor: there is never a next.</summary>
    public override bool TryNext() => false;
}
