using CallCenter.Core.Complaints;

namespace CallCenter.Core.Ports;

/// <summary>
/// Complaint tickets. Opening and changing a ticket never waits for the database: the change is kept durably
/// and written when the database can take it.
/// </summary>
public interface IComplaintDesk
{
    /// <summary>Keeps a new ticket (and its "opened" event) for writing; completes once it is safe on disk.</summary>
    ValueTask OpenAsync(ComplaintTicket ticket, CancellationToken cancellationToken);

    /// <summary>Keeps a change to a ticket (status, assignee, callback done) and its history line.</summary>
    ValueTask ChangeAsync(ComplaintTicket updated, TicketEvent happened, CancellationToken cancellationToken);

    Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken);

    /// <summary>Tickets in a status (all when null), newest first.</summary>
    Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken);
}
