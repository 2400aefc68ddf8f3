using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>Keeps the tickets opened; "unavailable" is the local disk refusing them, as the real desk reports it.</summary>
internal sealed class FakeComplaintDesk : IComplaintDesk
{
    public List<ComplaintTicket> Opened { get; } = [];

    public bool Unavailable { get; set; }

    public ValueTask OpenAsync(ComplaintTicket ticket, CancellationToken cancellationToken)
    {
        if (Unavailable)
        {
            throw new DataUnavailableException("The journal outbox could not keep the record.");
        }
        Opened.Add(ticket);
        return ValueTask.CompletedTask;
    }

    public ValueTask ChangeAsync(ComplaintTicket updated, TicketEvent happened, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
