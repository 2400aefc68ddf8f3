namespace CallCenter.Core.Complaints;

/// <summary>A complaint or suggestion a caller left as a voice message, followed until resolved and called back.</summary>
public sealed record ComplaintTicket
{
    /// <summary>Chosen when the ticket is opened, before any database sees it, so it can wait in the outbox.</summary>
    public required Guid Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CallerNumber { get; init; }
    public long? CustomerId { get; init; }
    public string? CallId { get; init; }

    /// <summary>The stored recording's name in Asterisk (recordings/stored/{name}).</summary>
    public string? RecordingName { get; init; }
    public string Department { get; init; } = "customer-service";
    public TicketStatus Status { get; init; } = TicketStatus.Open;
    public string? AssignedTo { get; init; }
    public bool CallbackDone { get; init; }
    public string? Summary { get; init; }
}
