using CallCenter.Core.Acd.Agents;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>The distributor at one moment, for supervisors and tests: who waits where, who rings, who talks, and every agent.</summary>
public sealed record DistributorView(
    IReadOnlyList<QueuedCallView> Calls,
    IReadOnlyList<AgentView> Agents,
    DateTimeOffset At);
