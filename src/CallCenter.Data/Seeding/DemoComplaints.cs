using CallCenter.Core.Agents;
using CallCenter.Core.Complaints;
using CallCenter.Core.Records;

namespace CallCenter.Data.Seeding;

/// <summary>
/// A ticket for every complaint a caller left as a voice message, taken as far through its life as time
/// allows: opened, assigned by the supervisor, called back, resolved, closed. Recent tickets are still open.
/// </summary>
internal static class DemoComplaints
{
    private const int AtLeastPerStatus = 2;

    private static readonly (string Item, double Weight)[] Departments = [("delivery", 40), ("quality", 25), ("customer-service", 25), ("billing", 10)];

    private static readonly Dictionary<string, string[]> Summaries = new(StringComparer.Ordinal)
    {
        ["delivery"] = ["Parcel arrived two days late.", "Parcel left outside in the rain.", "Driver did not ring the bell.", "Delivered to the wrong address."],
        ["quality"] = ["Item arrived damaged.", "Product stopped working after a week.", "Wrong colour sent.", "Missing parts in the box."],
        ["customer-service"] = ["Waited too long on the hotline.", "Store staff could not help with a return.", "Promised callback never came."],
        ["billing"] = ["Charged twice for one order.", "Refund not received after three weeks.", "Voucher was not applied at checkout."],
    };

    public static (List<ComplaintTicket> Tickets, List<TicketEvent> Events) Generate(DemoContext context, IReadOnlyList<CallRecord> messages, IReadOnlyList<Agent> agents)
    {
        var handlers = agents.Where(a => a.Skills.ContainsKey(DemoCallHistory.Complaints)).Select(a => a.Extension).ToList();
        var plans = messages.Select(call => Plan(context, call, handlers)).ToList();
        var statuses = plans.Select(p => p.StatusAt(context.Now)).ToList();

        // A year of tickets is mostly closed; keep a few of the newest at each earlier stage so every status shows.
        foreach (var wanted in new[] { TicketStatus.Open, TicketStatus.Assigned, TicketStatus.Resolved })
        {
            var missing = AtLeastPerStatus - statuses.Count(s => s == wanted);
            for (var i = plans.Count - 1; i >= 0 && missing > 0; i--)
            {
                if (statuses[i] > wanted)
                {
                    statuses[i] = wanted;
                    missing--;
                }
            }
        }

        var tickets = new List<ComplaintTicket>(plans.Count);
        var events = new List<TicketEvent>();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var kept = plan.Events.Where(e => e.At <= context.Now && e.Leads <= statuses[i]).ToList();
            events.AddRange(kept.Select(e => new TicketEvent(plan.Ticket.Id, e.At, e.Action, e.Actor, e.Detail) { Id = e.Id }));
            var assigned = kept.Any(e => e.Leads >= TicketStatus.Assigned);
            tickets.Add(plan.Ticket with
            {
                Status = statuses[i],
                AssignedTo = assigned ? plan.Ticket.AssignedTo : null,
                Summary = assigned ? plan.Ticket.Summary : null,
                CallbackDone = kept.Any(e => e.Action == "called-back"),
            });
        }
        return (tickets, events);
    }

    private static TicketPlan Plan(DemoContext context, CallRecord call, IReadOnlyList<string> handlers)
    {
        var department = context.PickWeighted(Departments);
        var handler = context.Pick(handlers);
        var created = call.EndedAt!.Value;
        var ticket = new ComplaintTicket
        {
            Id = context.NewGuid(),
            CreatedAt = created,
            CallerNumber = call.CallerNumber,
            CustomerId = call.CustomerId,
            CallId = call.CallId,
            RecordingName = $"complaint-{call.CallId}",
            Department = department,
            AssignedTo = handler,
            Summary = context.Pick(Summaries[department]),
        };
        var assigned = created + context.Seconds(1800, 30 * 3600);
        var calledBack = context.Chance(0.85) ? assigned + context.Seconds(2 * 3600, 6 * 86400) : (DateTimeOffset?)null;
        var resolved = (calledBack ?? assigned + context.Seconds(2 * 3600, 6 * 86400)) + context.Seconds(300, 7200);
        var closed = resolved + context.Seconds(86400, 5 * 86400);
        var events = new List<PlannedEvent>
        {
            new(context.NewGuid(), created, "opened", null, $"Voice message {ticket.RecordingName}", TicketStatus.Open),
            new(context.NewGuid(), assigned, "assigned", DemoAgents.Supervisor, $"Assigned to {handler}", TicketStatus.Assigned),
        };
        if (calledBack is { } at)
        {
            events.Add(new(context.NewGuid(), at, "called-back", handler, "Called the customer back", TicketStatus.Assigned));
        }
        events.Add(new(context.NewGuid(), resolved, "resolved", handler, context.Pick<string>(["Refund issued.", "Replacement sent.", "Voucher offered and accepted.", "Explained and apologised.", "Escalated to the carrier; customer informed."]), TicketStatus.Resolved));
        events.Add(new(context.NewGuid(), closed, "closed", DemoAgents.Supervisor, null, TicketStatus.Closed));
        return new TicketPlan(ticket, events);
    }

    private sealed record PlannedEvent(Guid Id, DateTimeOffset At, string Action, string? Actor, string? Detail, TicketStatus Leads);

    private sealed record TicketPlan(ComplaintTicket Ticket, IReadOnlyList<PlannedEvent> Events)
    {
        public TicketStatus StatusAt(DateTimeOffset now) => Events.Where(e => e.At <= now).Max(e => e.Leads);
    }
}
