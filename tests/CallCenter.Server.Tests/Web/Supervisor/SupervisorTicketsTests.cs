using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Server.Tests.Web.Desk;
using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class SupervisorTicketsTests
{
    [Test]
    public async Task ListAsync_DatabaseCatchesUpBetweenTwoStatusReads_ShowsTheTicketOnceAsChanged()
    {
        var ticket = new ComplaintTicket { Id = Guid.CreateVersion7(), CallerNumber = "+12025550100", Status = TicketStatus.Open };
        var desk = new FlushBetweenReads(ticket);
        var tickets = new SupervisorTickets(desk, new FakeCustomers(), TimeProvider.System);

        await tickets.ResolveAsync(ticket, "1010", CancellationToken.None);
        var lists = await tickets.ListAsync(CancellationToken.None);

        var shown = lists.SelectMany(l => l.Value.Select(line => (Status: l.Key, line.Ticket.Id))).Where(t => t.Id == ticket.Id).ToList();
        Assert.That(shown, Is.EqualTo(new[] { (TicketStatus.Resolved, ticket.Id) }));
    }

    /// <summary>A desk whose outbox writes a kept change to the database just after the first list is read.</summary>
    private sealed class FlushBetweenReads(ComplaintTicket stored) : IComplaintDesk
    {
        private ComplaintTicket current = stored;
        private ComplaintTicket? pending;

        public ValueTask OpenAsync(ComplaintTicket ticket, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask ChangeAsync(ComplaintTicket updated, TicketEvent happened, CancellationToken cancellationToken)
        {
            pending = updated;
            return ValueTask.CompletedTask;
        }

        public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken)
        {
            IReadOnlyList<ComplaintTicket> list = current.Status == status ? [current] : [];
            if (pending is not null)
            {
                (current, pending) = (pending, null);
            }
            return Task.FromResult(list);
        }

        public Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) => Task.FromResult<ComplaintTicket?>(current);

        public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TicketEvent>>([]);

        public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ComplaintTicket>>([]);
    }
}
