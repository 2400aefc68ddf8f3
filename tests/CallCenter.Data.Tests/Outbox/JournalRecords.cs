using CallCenter.Core.Agents;
using CallCenter.Core.Complaints;
using CallCenter.Core.Records;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>Records to write, each distinct, all at fixed times.</summary>
public static class JournalRecords
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static CallStep Step(int sequence, string node = "main-menu") =>
        new("1795357895.0", sequence, Monday.AddSeconds(sequence), node, Input: sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Outcome: "found");

    public static CallRecord Call(string callId = "1795357895.0", CallOutcome outcome = CallOutcome.InProgress, string? notes = null) => new()
    {
        CallId = callId,
        StartedAt = Monday,
        AnsweredAt = Monday.AddSeconds(1),
        CallerNumber = "+85291234567",
        DialedNumber = "100",
        CustomerId = 42,
        Language = "yue",
        Queue = "orders",
        EnqueuedAt = Monday.AddSeconds(30),
        OfferedAt = Monday.AddSeconds(35),
        Offers = 2,
        ConnectedAt = Monday.AddSeconds(41),
        AgentExtension = "1003",
        WrapUpEndedAt = Monday.AddMinutes(6),
        Disposition = "order-status",
        Notes = notes,
        Outcome = outcome,
    };

    public static AgentStateChange StateChange() => new("1003", AgentState.Available, AgentState.Ringing, "offered", Monday.AddSeconds(35));

    public static ComplaintTicket Ticket(TicketStatus status = TicketStatus.Open) => new()
    {
        Id = Guid.Parse("0190f1a2-3b4c-7d5e-8f60-718293a4b5c6"),
        CreatedAt = Monday.AddMinutes(2),
        CallerNumber = "+85291234567",
        CustomerId = 42,
        CallId = "1795357895.0",
        RecordingName = "complaint-1795357895.0",
        Department = "deliveries",
        Status = status,
        AssignedTo = status == TicketStatus.Open ? null : "1003",
        CallbackDone = false,
        Summary = "Parcel left at the wrong door",
    };
}
