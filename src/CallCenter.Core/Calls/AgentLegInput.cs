namespace CallCenter.Core.Calls;

/// <summary>
/// Something that happened to an agent leg the call rang (<see cref="Ports.ICallChannel.RingAgentAsync"/>),
/// delivered in the caller's mailbox in order with everything else of the call. <paramref name="LegId"/> is the
/// id the ring returned.
/// </summary>
public abstract record AgentLegInput(string LegId) : CallInput;

/// <summary>The agent's phone is ringing.</summary>
public sealed record AgentRinging(string LegId) : AgentLegInput(LegId);

/// <summary>The agent picked up; the leg waits, alone, until the call connects it to the caller.</summary>
public sealed record AgentAnswered(string LegId) : AgentLegInput(LegId);

/// <summary>The leg ended before the agent answered; nothing of it is left to clean up.</summary>
public sealed record AgentLegFailed(string LegId, AgentLegFailure Reason, string? Detail = null) : AgentLegInput(LegId);

/// <summary>Caller and agent are in one bridge and can talk.</summary>
public sealed record AgentConnected(string LegId) : AgentLegInput(LegId);

/// <summary>An agent who had answered left the call (hung up, or the leg vanished).</summary>
public sealed record AgentHungUp(string LegId, string? Detail = null) : AgentLegInput(LegId);
