namespace CallCenter.Server.Web.Cti;

internal sealed record CtiTicketList(IReadOnlyList<CtiTicket> Tickets);
