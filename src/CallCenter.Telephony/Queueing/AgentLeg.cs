namespace CallCenter.Telephony.Queueing;

/// <summary>One agent leg of a call, as far as the caller's session knows it.</summary>
internal sealed class AgentLeg(string id)
{
    public string Id { get; } = id;

    public AgentLegState State { get; set; } = AgentLegState.Dialing;

    /// <summary>Whether the agent picked up at some point: leaving after that is a hangup, not a failure.</summary>
    public bool WasAnswered => State is AgentLegState.Answered or AgentLegState.Connecting or AgentLegState.Connected;
}
