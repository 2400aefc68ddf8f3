namespace CallCenter.Testing;

/// <summary>How a call to a simulated agent endpoint went.</summary>
public enum AgentCallOutcome
{
    /// <summary>Created but not dialed yet, or dialed and still ringing.</summary>
    Pending,

    /// <summary>The agent answered.</summary>
    Answered,

    /// <summary>The agent's phone answered 486 Busy Here.</summary>
    Busy,

    /// <summary>Nobody answered before the dial timeout.</summary>
    NoAnswer,

    /// <summary>The application (or Asterisk) hung the leg up before anyone answered.</summary>
    Canceled,
}
