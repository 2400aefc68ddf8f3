namespace CallCenter.Core.Complaints;

public enum TicketStatus
{
    Open,
    Assigned,
    Resolved,
    Closed,
}
