using CallCenter.Core.Records;

namespace CallCenter.Server.Web.Cti;

/// <summary>A call's record with the IVR steps the caller went through, in order.</summary>
internal sealed record CtiCall(
    string CallId,
    CallOutcome Outcome,
    string CallerNumber,
    string DialedNumber,
    long? CustomerId,
    string Language,
    string? Queue,
    string? Agent,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EnqueuedAt,
    DateTimeOffset? OfferedAt,
    int Offers,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? WrapUpEndedAt,
    string? Disposition,
    string? Notes,
    IReadOnlyList<CtiCallStep> IvrSteps)
{
    public static CtiCall Of(CallRecord record, IReadOnlyList<CallStep> steps) => new(
        record.CallId,
        record.Outcome,
        record.CallerNumber,
        record.DialedNumber,
        record.CustomerId,
        record.Language,
        record.Queue,
        record.AgentExtension,
        record.StartedAt,
        record.AnsweredAt,
        record.EnqueuedAt,
        record.OfferedAt,
        record.Offers,
        record.ConnectedAt,
        record.EndedAt,
        record.WrapUpEndedAt,
        record.Disposition,
        record.Notes,
        [.. steps.OrderBy(s => s.Sequence).Select(CtiCallStep.Of)]);
}
