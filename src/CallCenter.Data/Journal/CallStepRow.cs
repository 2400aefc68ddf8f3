using CallCenter.Core.Records;

namespace CallCenter.Data.Journal;

internal sealed class CallStepRow
{
    public string CallId { get; init; } = "";
    public int Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public string Node { get; init; } = "";
    public string? InputMasked { get; init; }
    public string? Outcome { get; init; }
    public string? Detail { get; init; }

    public CallStep ToStep() => new(CallId, Sequence, At, Node, InputMasked, Outcome, Detail);
}
