using CallCenter.Core.Complaints;

namespace CallCenter.Data.Journal;

internal sealed class TicketRow
{
    public Guid Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CallerNumber { get; init; } = "";
    public long? CustomerId { get; init; }
    public string? CallId { get; init; }
    public string? RecordingName { get; init; }
    public string Department { get; init; } = "";
    public string Status { get; init; } = "";
    public string? AssignedTo { get; init; }
    public bool CallbackDone { get; init; }
    public string? Summary { get; init; }

    public ComplaintTicket ToTicket() => new()
    {
        Id = Id,
        CreatedAt = CreatedAt,
        CallerNumber = CallerNumber,
        CustomerId = CustomerId,
        CallId = CallId,
        RecordingName = RecordingName,
        Department = Department,
        Status = Enum.Parse<TicketStatus>(Status),
        AssignedTo = AssignedTo,
        CallbackDone = CallbackDone,
        Summary = Summary,
    };
}
