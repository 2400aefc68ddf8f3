using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>One point of a replay timeline, at a trace time.</summary>
public abstract record ReplayStep(DateTimeOffset At, int Order)
{
    /// <summary>A recorded event: the clock moves to its time so the fake's timers fire as Asterisk's did.</summary>
    public sealed record Event(DateTimeOffset At, JsonObject Recorded, int Index) : ReplayStep(At, 2);

    /// <summary>Something the SIP side did: dial, press a key, answer, hang up.</summary>
    public sealed record PhoneAction(DateTimeOffset At, string Description, Func<Task> Act) : ReplayStep(At, 0);

    /// <summary>The application sends a REST request (after the events that preceded it arrived).</summary>
    public sealed record RestSend(DateTimeOffset At, TraceRestExchange Exchange, int Index) : ReplayStep(At, 1);

    /// <summary>The application has the answer in hand.</summary>
    public sealed record RestAwait(DateTimeOffset At, TraceRestExchange Exchange, int Index) : ReplayStep(At, 1);
}
