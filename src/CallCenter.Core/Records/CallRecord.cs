namespace CallCenter.Core.Records;

/// <summary>
/// One call, as reports and the agent's screen see it. Written again as the call progresses (arrived,
/// queued, offered, connected, ended, wrapped up): the latest version replaces the earlier ones.
/// </summary>
public sealed record CallRecord
{
    public required string CallId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string CallerNumber { get; init; } = "";
    public string DialedNumber { get; init; } = "";
    public long? CustomerId { get; init; }
    public string Language { get; init; } = "en";
    public string? Queue { get; init; }
    public DateTimeOffset? EnqueuedAt { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public int Offers { get; init; }
    public DateTimeOffset? ConnectedAt { get; init; }
    public string? AgentExtension { get; init; }
    public DateTimeOffset? WrapUpEndedAt { get; init; }
    public string? Disposition { get; init; }
    public string? Notes { get; init; }
    public CallOutcome Outcome { get; init; } = CallOutcome.InProgress;
}
