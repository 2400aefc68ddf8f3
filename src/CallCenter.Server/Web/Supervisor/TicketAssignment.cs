using CallCenter.Core.Complaints;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>A supervisor's choice: give <paramref name="Ticket"/> to the agent at <paramref name="Agent"/> (their extension).</summary>
public sealed record TicketAssignment(ComplaintTicket Ticket, string Agent);
