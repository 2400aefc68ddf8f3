using CallCenter.Core.Complaints;

namespace CallCenter.Data.Journal;

/// <summary>The reading half of the complaint desk; writes go through the outbox.</summary>
public interface ITicketReader
{
    Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken);
}
