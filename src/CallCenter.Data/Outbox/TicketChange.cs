using CallCenter.Core.Complaints;

namespace CallCenter.Data.Outbox;

/// <summary>A ticket's new version and the history line saying why, kept as one outbox entry so neither arrives without the other.</summary>
internal sealed record TicketChange(ComplaintTicket Ticket, TicketEvent Event);
