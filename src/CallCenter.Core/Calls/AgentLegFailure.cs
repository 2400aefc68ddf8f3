namespace CallCenter.Core.Calls;

/// <summary>Why an agent leg ended before the agent answered.</summary>
public enum AgentLegFailure
{
    /// <summary>The phone refused the call (486 Busy Here, Q.850 17).</summary>
    Busy,

    /// <summary>It rang until the ring timeout (Q.850 19) or the phone stopped ringing unanswered.</summary>
    NoAnswer,

    /// <summary>The phone could not be reached: no such endpoint, no registered contact, or it is offline.</summary>
    Unreachable,

    /// <summary>Anything else: the switch or the network failed the leg.</summary>
    Failed,
}
