using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>
/// The complaint tickets one supervisor's page shows, and what they do to them. A change is kept through the
/// outbox before the database has it, and lists read the database: so the page remembers what it changed and shows
/// that until the database agrees, rather than a ticket jumping back for a few seconds. One per circuit; its awaits
/// keep the circuit's context, so its own state is never touched by two continuations at once.
/// </summary>
public sealed class SupervisorTickets(IComplaintDesk desk, ICustomerDirectory customers, TimeProvider time)
{
    public const string AssignedAction = "assigned";
    public const string ResolvedAction = "resolved";
    public const string CalledBackAction = "called-back";

    /// <summary>How many tickets of each status the page lists, newest first.</summary>
    public const int ListLimit = 100;

    private readonly Dictionary<Guid, ComplaintTicket> changed = [];
    private readonly Dictionary<long, string?> names = [];

    /// <summary>The open, assigned and resolved tickets, newest first; throws <see cref="DataUnavailableException"/>.</summary>
    public async Task<IReadOnlyDictionary<TicketStatus, IReadOnlyList<TicketLine>>> ListAsync(CancellationToken cancellationToken)
    {
        TicketStatus[] shown = [TicketStatus.Open, TicketStatus.Assigned, TicketStatus.Resolved];
        // One list per status, read one after another: a ticket that changed between two reads comes back twice,
        // and the later read is the fresher.
        var stored = new Dictionary<Guid, ComplaintTicket>();
        foreach (var status in shown)
        {
            foreach (var ticket in await desk.ListAsync(status, ListLimit, cancellationToken))
            {
                stored[ticket.Id] = ticket;
            }
        }
        foreach (var ticket in stored.Values.Where(t => changed.TryGetValue(t.Id, out var mine) && SameState(t, mine)))
        {
            changed.Remove(ticket.Id);
        }
        var tickets = stored.Values
            .Where(t => !changed.ContainsKey(t.Id))
            .Concat(changed.Values)
            .ToList();
        var lines = new List<TicketLine>(tickets.Count);
        foreach (var ticket in tickets)
        {
            lines.Add(new TicketLine(ticket, await CustomerNameAsync(ticket.CustomerId, cancellationToken)));
        }
        return shown.ToDictionary(
            status => status,
            status => (IReadOnlyList<TicketLine>)[.. lines.Where(l => l.Ticket.Status == status).OrderByDescending(l => l.Ticket.CreatedAt)]);
    }

    public Task<ComplaintTicket> AssignAsync(ComplaintTicket ticket, string agent, string supervisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        return ChangeAsync(ticket with { Status = TicketStatus.Assigned, AssignedTo = agent }, AssignedAction, supervisor, $"Assigned to {agent}", cancellationToken);
    }

    public Task<ComplaintTicket> ResolveAsync(ComplaintTicket ticket, string supervisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ChangeAsync(ticket with { Status = TicketStatus.Resolved }, ResolvedAction, supervisor, "Resolved", cancellationToken);
    }

    public Task<ComplaintTicket> MarkCalledBackAsync(ComplaintTicket ticket, string supervisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ChangeAsync(ticket with { CallbackDone = true }, CalledBackAction, supervisor, "Called the customer back", cancellationToken);
    }

    private async Task<ComplaintTicket> ChangeAsync(ComplaintTicket updated, string action, string supervisor, string detail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisor);
        await desk.ChangeAsync(updated, new TicketEvent(updated.Id, time.GetUtcNow(), action, supervisor, detail), cancellationToken);
        changed[updated.Id] = updated;
        return updated;
    }

    private async Task<string?> CustomerNameAsync(long? customerId, CancellationToken cancellationToken)
    {
        if (customerId is not { } id)
        {
            return null;
        }
        if (!names.TryGetValue(id, out var name))
        {
            name = (await customers.GetAsync(id, cancellationToken))?.Name;
            names[id] = name;
        }
        return name;
    }

    private static bool SameState(ComplaintTicket stored, ComplaintTicket mine) =>
        stored.Status == mine.Status && stored.AssignedTo == mine.AssignedTo && stored.CallbackDone == mine.CallbackDone;
}
