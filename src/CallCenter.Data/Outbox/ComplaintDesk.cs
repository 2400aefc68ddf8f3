using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Data.Journal;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The complaint desk: opening and changing tickets go through the <see cref="JournalOutbox"/> and never wait
/// for the database; reads ask the database. <see cref="GetAsync"/> also sees a ticket this server opened or
/// changed that the database does not have yet; lists and history show only what the database has.
/// </summary>
public sealed class ComplaintDesk : IComplaintDesk
{
    public const string OpenedAction = "opened";

    private readonly JournalOutbox outbox;
    private readonly ITicketReader reader;
    private readonly PendingVersions<Guid, ComplaintTicket> pending;

    public ComplaintDesk(JournalOutbox outbox, ITicketReader reader)
    {
        this.outbox = outbox;
        this.reader = reader;
        pending = new PendingVersions<Guid, ComplaintTicket>(outbox);
    }

    /// <summary>Keeps the ticket with its "opened" history line, at the ticket's creation time.</summary>
    public async ValueTask OpenAsync(ComplaintTicket ticket, CancellationToken cancellationToken)
    {
        Validate(ticket);
        var opened = new TicketEvent(ticket.Id, ticket.CreatedAt, OpenedAction, Actor: null, Detail: null);
        var sequence = await outbox.AppendAsync(ticket, opened, cancellationToken).ConfigureAwait(false);
        pending.Keep(ticket.Id, sequence, ticket);
    }

    public async ValueTask ChangeAsync(ComplaintTicket updated, TicketEvent happened, CancellationToken cancellationToken)
    {
        Validate(updated);
        ArgumentNullException.ThrowIfNull(happened);
        if (happened.TicketId != updated.Id)
        {
            throw new ArgumentException($"The history line is for ticket {happened.TicketId}, the change for ticket {updated.Id}.", nameof(happened));
        }
        if (string.IsNullOrWhiteSpace(happened.Action))
        {
            throw new ArgumentException("A ticket's history line needs its action.", nameof(happened));
        }
        var sequence = await outbox.AppendAsync(updated, happened, cancellationToken).ConfigureAwait(false);
        pending.Keep(updated.Id, sequence, updated);
    }

    public Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) =>
        pending.TryGet(ticketId, out var ticket)
            ? Task.FromResult<ComplaintTicket?>(ticket)
            : JournalReads.GuardAsync("the ticket", () => reader.GetAsync(ticketId, cancellationToken));

    public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the tickets", () => reader.ListAsync(status, limit, cancellationToken));

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the ticket's history", () => reader.HistoryAsync(ticketId, cancellationToken));

    public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) =>
        JournalReads.GuardAsync("the customer's tickets", () => reader.OpenForCustomerAsync(customerId, cancellationToken));

    private static void Validate(ComplaintTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Id == Guid.Empty)
        {
            throw new ArgumentException("A ticket needs its Id, chosen when it is opened.", nameof(ticket));
        }
        if (string.IsNullOrWhiteSpace(ticket.CallerNumber))
        {
            throw new ArgumentException("A ticket needs the caller's number.", nameof(ticket));
        }
    }
}
