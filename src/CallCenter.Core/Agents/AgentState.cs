namespace CallCenter.Core.Agents;

/// <summary>Strict agent states: an agent is offered a call only when Available.</summary>
public enum AgentState
{
    LoggedOut,
    Available,

    /// <summary>Reserved for one offered call while their phone rings.</summary>
    Ringing,
    OnCall,
    WrapUp,
    Paused,
}
