namespace CallCenter.Testing;

/// <summary>What a simulated agent softphone does when Asterisk calls it.</summary>
public sealed record AgentBehavior
{
    private AgentBehavior(AgentBehaviorKind kind, TimeSpan answerDelay = default, TimeSpan? hangUpAfter = null)
    {
        Kind = kind;
        AnswerDelay = answerDelay;
        HangUpAfter = hangUpAfter;
    }

    /// <summary>Which of the behaviours this is.</summary>
    public AgentBehaviorKind Kind { get; }

    /// <summary>For <see cref="AgentBehaviorKind.AnswerAfter"/>: how long the phone rings before it answers.</summary>
    public TimeSpan AnswerDelay { get; }

    /// <summary>For <see cref="AgentBehaviorKind.AnswerAfter"/>: when set, the agent hangs up this long after answering.</summary>
    public TimeSpan? HangUpAfter { get; }

    /// <summary>Rings, answers after <paramref name="delay"/>, and hangs up <paramref name="hangUpAfter"/> later when given.</summary>
    public static AgentBehavior AnswerAfter(TimeSpan delay, TimeSpan? hangUpAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        if (hangUpAfter is { } after)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(after, TimeSpan.Zero, nameof(hangUpAfter));
        }
        return new AgentBehavior(AgentBehaviorKind.AnswerAfter, delay, hangUpAfter);
    }

    /// <summary>Answers every INVITE with 486 Busy Here.</summary>
    public static AgentBehavior Busy() => new(AgentBehaviorKind.Busy);

    /// <summary>Rings until the dial timeout (or forever when there is none).</summary>
    public static AgentBehavior NoAnswer() => new(AgentBehaviorKind.NoAnswer);

    /// <summary>Has no registered contact: channel creation fails with 500 "Allocation failed" and the endpoint is offline.</summary>
    public static AgentBehavior Unreachable() => new(AgentBehaviorKind.Unreachable);

    /// <summary>Rings and waits for the test to call <see cref="FakeAgentCall.AnswerAsync"/> or hang up.</summary>
    public static AgentBehavior Manual() => new(AgentBehaviorKind.Manual);
}
