using CallCenter.Core.Complaints;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>A complaint ticket as the supervisor's list shows it, with the customer's name when the caller is one.</summary>
public sealed record TicketLine(ComplaintTicket Ticket, string? CustomerName);
