using CallCenter.Core.Complaints;

namespace CallCenter.Server.Web.Cti;

/// <summary>A complaint ticket; <see cref="History"/> only when one ticket is asked for.</summary>
internal sealed record CtiTicket(
    Guid Id,
    DateTimeOffset CreatedAt,
    TicketStatus Status,
    string CallerNumber,
    long? CustomerId,
    string? CallId,
    string Department,
    string? AssignedTo,
    bool CallbackDone,
    string? Summary,
    string? RecordingName,
    IReadOnlyList<CtiTicketEvent>? History = null)
{
    public static CtiTicket Of(ComplaintTicket ticket) => new(
        ticket.Id,
        ticket.CreatedAt,
        ticket.Status,
        ticket.CallerNumber,
        ticket.CustomerId,
        ticket.CallId,
        ticket.Department,
        ticket.AssignedTo,
        ticket.CallbackDone,
        ticket.Summary,
        ticket.RecordingName);

    public static CtiTicket Of(ComplaintTicket ticket, IReadOnlyList<TicketEvent> history) =>
        Of(ticket) with { History = [.. history.Select(e => new CtiTicketEvent(e.At, e.Action, e.Actor, e.Detail))] };
}
