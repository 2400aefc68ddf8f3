namespace CallCenter.Core.Acd;

/// <summary>Which of the agents able to take a call gets it, when several are free.</summary>
public enum RoutingStrategy
{
    /// <summary>The agent who has been free the longest (since their last call's wrap-up ended, or since they became available).</summary>
    LongestIdle,

    /// <summary>Each agent in turn: the one offered a call of this queue longest ago.</summary>
    RoundRobin,

    /// <summary>The agent who has answered the fewest calls today.</summary>
    FewestCalls,
}
