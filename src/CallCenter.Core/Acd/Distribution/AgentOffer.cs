namespace CallCenter.Core.Acd.Distribution;

/// <summary>Ring this agent for the call, for at most <paramref name="RingTimeout"/>; the agent is reserved for it meanwhile.</summary>
public sealed record AgentOffer(string AgentExtension, string AgentName, TimeSpan RingTimeout)
{
    /// <summary>The agent's softphone as Asterisk dials it: the PJSIP endpoint named after the extension.</summary>
    public string Endpoint => $"PJSIP/{AgentExtension}";
}
