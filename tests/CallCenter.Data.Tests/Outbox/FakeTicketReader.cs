using CallCenter.Core.Complaints;
using CallCenter.Data.Journal;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>The database's side of the complaint desk: answers with what a test put there, or fails as told.</summary>
public sealed class FakeTicketReader : ITicketReader
{
    public Dictionary<Guid, ComplaintTicket> Tickets { get; } = [];

    public Exception? Failure { get; set; }

    public int Reads { get; private set; }

    public Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) =>
        Answer(Tickets.GetValueOrDefault(ticketId));

    public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ComplaintTicket>>(Tickets.Values.Where(t => status is null || t.Status == status).Take(limit).ToList());

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<TicketEvent>>([]);

    public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ComplaintTicket>>([]);

    private Task<T> Answer<T>(T answer)
    {
        Reads++;
        return Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(answer);
    }
}
