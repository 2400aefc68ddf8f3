namespace CallCenter.Testing;

/// <summary>The kinds of <see cref="AgentBehavior"/>.</summary>
public enum AgentBehaviorKind
{
    /// <summary>Answers after a delay.</summary>
    AnswerAfter,

    /// <summary>486 Busy Here.</summary>
    Busy,

    /// <summary>Rings until the dial timeout.</summary>
    NoAnswer,

    /// <summary>No registered contact.</summary>
    Unreachable,

    /// <summary>Rings and waits for the test.</summary>
    Manual,
}
