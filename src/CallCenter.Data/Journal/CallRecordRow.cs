using CallCenter.Core.Records;

namespace CallCenter.Data.Journal;

internal sealed class CallRecordRow
{
    public string CallId { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string CallerNumber { get; init; } = "";
    public string DialedNumber { get; init; } = "";
    public long? CustomerId { get; init; }
    public string Language { get; init; } = "";
    public string? Queue { get; init; }
    public DateTimeOffset? EnqueuedAt { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public int Offers { get; init; }
    public DateTimeOffset? ConnectedAt { get; init; }
    public string? AgentExtension { get; init; }
    public DateTimeOffset? WrapUpEndedAt { get; init; }
    public string? Disposition { get; init; }
    public string? Notes { get; init; }
    public string Outcome { get; init; } = "";

    public CallRecord ToRecord() => new()
    {
        CallId = CallId,
        StartedAt = StartedAt,
        AnsweredAt = AnsweredAt,
        EndedAt = EndedAt,
        CallerNumber = CallerNumber,
        DialedNumber = DialedNumber,
        CustomerId = CustomerId,
        Language = Language,
        Queue = Queue,
        EnqueuedAt = EnqueuedAt,
        OfferedAt = OfferedAt,
        Offers = Offers,
        ConnectedAt = ConnectedAt,
        AgentExtension = AgentExtension,
        WrapUpEndedAt = WrapUpEndedAt,
        Disposition = Disposition,
        Notes = Notes,
        Outcome = Enum.Parse<CallOutcome>(Outcome),
    };
}
