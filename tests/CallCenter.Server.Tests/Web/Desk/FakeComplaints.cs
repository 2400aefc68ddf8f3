using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Complaint tickets in memory; <see cref="Down"/> makes every read fail as a database outage does.</summary>
internal sealed class FakeComplaints : IComplaintDesk
{
    public List<ComplaintTicket> Tickets { get; } = [];

    public bool Down { get; set; }

    public ValueTask OpenAsync(ComplaintTicket ticket, CancellationToken cancellationToken)
    {
        Tickets.Add(ticket);
        return ValueTask.CompletedTask;
    }

    public ValueTask ChangeAsync(ComplaintTicket updated, TicketEvent happened, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) => Read(() => Tickets.FirstOrDefault(t => t.Id == ticketId));

    public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ComplaintTicket>>(() => [.. Tickets.Where(t => status is null || t.Status == status).Take(limit)]);

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TicketEvent>>([]);

    public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ComplaintTicket>>(() => [.. Tickets.Where(t => t.CustomerId == customerId && t.Status is TicketStatus.Open or TicketStatus.Assigned)]);

    private Task<T> Read<T>(Func<T> read) => Down ? Task.FromException<T>(new DataUnavailableException("down")) : Task.FromResult(read());
}
