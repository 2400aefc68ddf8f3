using CallCenter.Core.Records;

namespace CallCenter.Server.Web.Cti;

/// <summary>One IVR node: what the caller keyed (cards masked), what a lookup found, and that in words.</summary>
internal sealed record CtiCallStep(int Sequence, DateTimeOffset At, string Node, string? Input, string? Outcome, string? Detail)
{
    public static CtiCallStep Of(CallStep step) => new(step.Sequence, step.At, step.Node, step.Input, step.Outcome, step.Detail);
}
