namespace CallCenter.Core.Acd.Waiting;

/// <summary>The classic estimate: callers up to and including this one, shared among the agents who can take them, each taking a recent average handle time.</summary>
public static class WaitEstimate
{
    /// <summary>
    /// How long the caller at <paramref name="position"/> (1 = next) may still wait, or null when there is nothing
    /// to base it on: no agent logged in who could take the call, or no call of the queue handled recently.
    /// </summary>
    public static TimeSpan? Estimate(int position, int agentsServing, TimeSpan? averageHandle)
    {
        if (position < 1 || agentsServing < 1 || averageHandle is not { } handle)
        {
            return null;
        }
        // Whole rounds of calls ahead: with 3 agents, callers 1-3 wait for one round, 4-6 for two.
        var rounds = (position + agentsServing - 1) / agentsServing;
        return handle * rounds;
    }
}
