using CallCenter.Core.Agents;
using CallCenter.Core.Catalog;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Records;

namespace CallCenter.Data.Seeding;

/// <summary>
/// A year of hotline traffic, simulated day by day so that it holds together: calls arrive with a daily and
/// weekly shape (busy weekday mornings and afternoons, quiet Sundays, a Christmas peak), go through the IVR,
/// and those that want a person wait in a queue for the first free agent on shift with the skill and the
/// language. Callers who wait too long hang up, ask for a callback or overflow to voicemail. Agents log in,
/// take lunch, ring, talk, wrap up and log out, one call at a time, and every change is recorded.
/// </summary>
internal sealed class DemoCallHistory
{
    public const int Days = 365;

    /// <summary>The hotline's extension in the dialplan (asterisk-config/extensions.conf).</summary>
    public const string Hotline = "100";

    /// <summary>Numbers of callers who are not customers: +1 555 018 0000 to +1 555 019 9999.</summary>
    public const string UnknownCallerPrefix = "+155501";

    public const string Support = "support";
    public const string Sales = "sales";
    public const string Complaints = "complaints";

    private static readonly int[] CallsPerDay = [35, 110, 95, 90, 90, 100, 65];
    private static readonly double[] Season = [1.15, 0.9, 0.95, 0.95, 1.0, 0.95, 0.9, 0.9, 1.0, 1.05, 1.3, 1.45];
    private static readonly double[] WeekdayHours = [4, 8, 10, 9, 7, 6, 8, 9, 8, 6, 6, 7, 4];
    private static readonly double[] SundayHours = [6, 8, 8, 7, 7, 8, 7, 5];

    private static readonly Dictionary<string, string[]> Dispositions = new(StringComparer.Ordinal)
    {
        [Support] = ["order-status-explained", "delivery-rescheduled", "refund-issued", "points-adjusted", "store-info-given", "address-changed"],
        [Sales] = ["order-placed", "product-info-given", "quote-sent", "no-sale"],
        [Complaints] = ["complaint-logged", "escalated", "resolved-on-call", "callback-promised"],
    };

    private static readonly string[] Notes =
    [
        "Customer asked for delivery before the weekend.",
        "Sent a new tracking link by text message.",
        "Will call back after checking with the warehouse.",
        "Offered a 10 dollar voucher for the delay.",
        "Explained the 30-day return policy.",
        "Customer happy with the answer.",
        "Caller prefers to be called in the evening.",
        "Parcel left with a neighbour; gave the address.",
        "Changed the delivery address to the office.",
        "Asked about the members' double points week.",
    ];

    private readonly DemoContext context;
    private readonly IReadOnlyList<(Customer Item, double Weight)> callers;
    private readonly ILookup<long, Order> ordersByCustomer;
    private readonly HashSet<string> orderNumbers;
    private readonly IReadOnlyList<Product> products;
    private readonly IReadOnlyList<Agent> agents;
    private readonly List<string> unknownNumbers;
    private long sequence;

    public DemoCallHistory(DemoContext context, IReadOnlyList<Customer> customers, IReadOnlyList<Order> orders, IReadOnlyList<Product> products, IReadOnlyList<Agent> agents)
    {
        this.context = context;
        this.products = products;
        this.agents = agents;
        callers = customers.Select(c => (c, c.Tier switch { CustomerTier.Vip => 3.0, CustomerTier.Member => 2.0, _ => 1.0 })).ToList();
        ordersByCustomer = orders.OrderBy(o => o.PlacedAt).ToLookup(o => o.CustomerId);
        orderNumbers = orders.Select(o => o.Number).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        unknownNumbers = Enumerable.Range(0, 2500).Select(_ => context.UniqueDigits(UnknownCallerPrefix + context.Random.Number(8, 9), 4, taken)).ToList();
    }

    public List<CallRecord> Calls { get; } = [];

    public List<CallStep> Steps { get; } = [];

    public List<AgentStateChange> StateChanges { get; } = [];

    /// <summary>Calls on which the caller left a complaint as a voice message: each opens a ticket.</summary>
    public List<CallRecord> ComplaintMessages { get; } = [];

    public IReadOnlyList<string> UnknownNumbers => unknownNumbers;

    public void Generate()
    {
        for (var day = context.Today.AddDays(-Days); day < context.Today; day = day.AddDays(1))
        {
            SimulateDay(day);
        }
    }

    private void SimulateDay(DateOnly day)
    {
        var sunday = day.DayOfWeek == DayOfWeek.Sunday;
        var midnight = context.StartOf(day);
        var opens = midnight.AddHours(sunday ? 10 : 8);
        var closes = midnight.AddHours(sunday ? 18 : 21);
        var roster = Roster(day, opens, closes);

        var hours = sunday ? SundayHours : WeekdayHours;
        var expected = CallsPerDay[(int)day.DayOfWeek] * Season[day.Month - 1] * (0.85 + context.Random.Double() * 0.3);
        var arrivals = Enumerable.Range(0, (int)Math.Round(expected))
            .Select(_ => opens.AddHours(context.PickWeighted(hours.Select((w, h) => (h, w)).ToList())) + context.Seconds(0, 3600))
            .Order()
            .ToList();
        foreach (var arrival in arrivals)
        {
            Call(arrival, roster);
        }

        foreach (var shift in roster)
        {
            if (!shift.LunchTaken && Later(shift.LunchAt, shift.FreeAt) + shift.LunchLength < shift.End)
            {
                TakeLunch(shift);
            }
            Change(shift, AgentState.LoggedOut, Later(shift.End, shift.FreeAt), "shift end");
        }
    }

    /// <summary>Who works today: everyone has two days off a week, early and late shifts alternate weekly.</summary>
    private List<Shift> Roster(DateOnly day, DateTimeOffset opens, DateTimeOffset closes)
    {
        var roster = new List<Shift>();
        var week = day.DayNumber / 7;
        for (var i = 0; i < agents.Count; i++)
        {
            var dayOfWeek = (int)day.DayOfWeek;
            if (dayOfWeek == 2 * i % 7 || dayOfWeek == (2 * i + 1) % 7)
            {
                continue;
            }
            var length = TimeSpan.FromHours(8.5);
            var early = (week + i) % 2 == 0;
            var start = closes - opens <= length || early ? opens : closes - length;
            var end = closes - opens <= length || !early ? closes : opens + length;
            var shift = new Shift(agents[i], start - context.Seconds(0, 600), end)
            {
                LunchAt = start.AddHours(4) + context.Seconds(-1800, 1800),
                LunchLength = context.Seconds(30 * 60, 45 * 60),
            };
            shift.FreeAt = shift.Start;
            Change(shift, AgentState.Available, shift.Start, "shift start");
            roster.Add(shift);
        }
        return roster;
    }

    private void Call(DateTimeOffset arrival, List<Shift> roster)
    {
        var call = new CallInProgress($"{arrival.ToUnixTimeSeconds()}.{sequence++}", arrival);
        Customer? customer = null;
        if (context.Chance(0.65))
        {
            var caller = context.PickWeighted(callers);
            call.Number = context.Pick(caller.Phones);
            // A number calling before its owner became a customer is an unknown caller then.
            customer = caller.CreatedAt <= arrival ? caller : null;
        }
        else
        {
            call.Number = context.Pick(unknownNumbers);
        }
        call.Customer = customer;
        call.At = arrival + context.Seconds(0.3, 1.5);
        call.AnsweredAt = call.At;
        Step(call, "welcome", null, null);
        Next(call, 4, 8);
        Step(call, "identify", null, customer is null ? "not-found" : "found");
        if (customer?.PreferredLanguage is { } preferred)
        {
            call.Language = preferred;
        }
        else
        {
            Next(call, 3, 8);
            call.Language = context.Chance(0.15) ? "zh" : "en";
            Step(call, "language-menu", call.Language == "zh" ? "2" : "1", call.Language);
        }

        if (context.Chance(0.003))
        {
            // Cut by a failure: the line dropped or Asterisk went away.
            Next(call, 1, 20);
            Finish(call, CallOutcome.Failed, call.At);
            return;
        }

        if (context.Chance(0.04))
        {
            // Gone before the IVR said or did anything for them: hung up at the main menu.
            Next(call, 2, 12);
            Step(call, "main-menu", null, "hung up");
            Finish(call, CallOutcome.AbandonedInIvr, call.At);
            return;
        }

        Next(call, 5, 15);
        var queue = Menu(call);
        switch (queue)
        {
            case null:
                Next(call, 3, 10);
                Step(call, "goodbye", null, null);
                Finish(call, CallOutcome.SelfService, call.At + context.Seconds(2, 5));
                break;
            case "":
                Next(call, 2, 5);
                Step(call, "complaint-recording", null, "recorded");
                var record = Finish(call, CallOutcome.Voicemail, call.At + context.Seconds(20, 120));
                ComplaintMessages.Add(record);
                break;
            default:
                Queue(call, queue, roster);
                break;
        }
    }

    /// <summary>The main menu and what follows: the queue the caller ends up in, null when the IVR served them, "" for a complaint message.</summary>
    private string? Menu(CallInProgress call)
    {
        var choice = context.PickWeighted<string>([("order", 34), ("points", 14), ("product", 14), ("store", 9), ("complaint", 4), ("agent", 25)]);
        var digit = choice switch { "order" => "1", "points" => "2", "product" => "3", "store" => "4", "complaint" => "5", _ => "0" };
        Step(call, "main-menu", digit, null);
        Next(call, 4, 20);
        switch (choice)
        {
            case "order":
                var order = call.Customer is null ? null : ordersByCustomer[call.Customer.Id].LastOrDefault(o => o.PlacedAt < call.At);
                if (order is not null && context.Chance(0.9))
                {
                    Step(call, "order-status", order.Number, "found");
                    return context.Chance(0.65) ? null : Support;
                }
                Step(call, "order-status", UnknownOrderNumber(), "not-found");
                return Support;
            case "points":
                if (call.Customer?.CardNumber is { } card)
                {
                    if (context.Chance(0.08))
                    {
                        Step(call, "points-balance", MembershipCard.Mask(context.UniqueDigits("88", 10, [])), "invalid-card");
                        Next(call, 5, 15);
                    }
                    Step(call, "points-balance", MembershipCard.Mask(card), "found");
                    return context.Chance(0.85) ? null : Support;
                }
                Step(call, "points-balance", MembershipCard.Mask(context.UniqueDigits("88", 10, [])), context.Chance(0.5) ? "invalid-card" : "not-found");
                return context.Chance(0.6) ? Support : null;
            case "product":
                var product = context.Pick(products);
                Step(call, "product-info", product.Code, product.Stock > 0 ? "in-stock" : "out-of-stock");
                return context.Chance(0.45) ? Sales : null;
            case "store":
                Step(call, "store-info", context.Random.Number(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture), "played");
                return context.Chance(0.92) ? null : Support;
            case "complaint":
                if (context.Chance(0.25))
                {
                    Step(call, "complaint-menu", "0", "agent");
                    return Complaints;
                }
                return "";
            default:
                return context.Chance(0.55) ? Support : Sales;
        }
    }

    private void Queue(CallInProgress call, string queue, List<Shift> roster)
    {
        var enqueued = call.At + context.Seconds(1, 3);
        call.At = enqueued;
        call.Queue = queue;
        call.EnqueuedAt = enqueued;
        foreach (var shift in roster.Where(s => !s.LunchTaken && s.LunchAt <= enqueued))
        {
            if (Later(shift.LunchAt, shift.FreeAt) + shift.LunchLength < shift.End)
            {
                TakeLunch(shift);
            }
            else
            {
                // Busy until the end of the shift: no lunch today.
                shift.LunchTaken = true;
            }
        }

        var skilled = roster
            .Where(s => s.Agent.Skills.ContainsKey(queue))
            .Select(s => (Shift: s, Start: Later(s.FreeAt, enqueued)))
            .Where(c => c.Start < c.Shift.End.AddMinutes(-5))
            .ToList();
        var speakers = skilled.Where(c => c.Shift.Agent.Skills.ContainsKey(call.Language)).ToList();
        var best = (speakers.Count > 0 ? speakers : skilled)
            .OrderBy(c => c.Start)
            .ThenByDescending(c => c.Shift.Agent.Skills[queue])
            .ThenBy(c => c.Shift.Agent.Extension, StringComparer.Ordinal)
            .FirstOrDefault();
        var wait = best.Shift is null ? TimeSpan.MaxValue : best.Start - enqueued;
        var patience = TimeSpan.FromSeconds(20) + context.Exponential(150);
        var callbackOffer = TimeSpan.FromSeconds(90);
        var maximumWait = TimeSpan.FromMinutes(5);

        if (wait > callbackOffer && patience > callbackOffer && context.Chance(0.3))
        {
            Step(call, "queue", null, "callback-requested");
            call.At = enqueued + callbackOffer;
            Step(call, "callback-offer", "1", "accepted");
            // Some customers could not be reached on any of the callback's attempts.
            Finish(call, context.Chance(0.2) ? CallOutcome.CallbackFailed : CallOutcome.CallbackRequested, call.At + context.Seconds(10, 20));
        }
        else if (wait <= patience && wait <= maximumWait)
        {
            Step(call, "queue", null, "connected");
            Answer(call, best.Shift!, best.Start, queue);
        }
        else if (patience < maximumWait)
        {
            Step(call, "queue", null, "abandoned");
            Finish(call, CallOutcome.Abandoned, enqueued + patience);
        }
        else
        {
            Step(call, "queue", null, "overflowed");
            call.At = enqueued + maximumWait;
            Step(call, "overflow", null, "voicemail");
            Finish(call, CallOutcome.Overflowed, call.At + context.Seconds(20, 90));
        }
    }

    private void Answer(CallInProgress call, Shift shift, DateTimeOffset offered, string queue)
    {
        var connected = offered + context.Seconds(3, 14);
        var median = queue switch { Sales => 270, Complaints => 360, _ => 210 };
        var ended = connected + context.LogNormal(median, 0.55, 30, 1800);
        var wrappedUp = ended + context.Seconds(15, 90);
        Change(shift, AgentState.Ringing, offered, null);
        Change(shift, AgentState.OnCall, connected, null);
        Change(shift, AgentState.WrapUp, ended, null);
        Change(shift, AgentState.Available, wrappedUp, null);
        shift.FreeAt = wrappedUp;

        call.OfferedAt = offered;
        call.ConnectedAt = connected;
        call.Agent = shift.Agent.Extension;
        call.WrapUpEndedAt = wrappedUp;
        call.Disposition = context.Pick(Dispositions[queue]);
        call.Notes = context.Chance(0.3) ? context.Pick(Notes) : null;
        Finish(call, CallOutcome.Answered, ended);
    }

    private CallRecord Finish(CallInProgress call, CallOutcome outcome, DateTimeOffset ended)
    {
        var record = new CallRecord
        {
            CallId = call.CallId,
            StartedAt = call.StartedAt,
            AnsweredAt = call.AnsweredAt,
            EndedAt = ended,
            CallerNumber = call.Number,
            DialedNumber = Hotline,
            CustomerId = call.Customer?.Id,
            Language = call.Language,
            Queue = call.Queue,
            EnqueuedAt = call.EnqueuedAt,
            OfferedAt = call.OfferedAt,
            Offers = call.OfferedAt is null ? 0 : 1,
            ConnectedAt = call.ConnectedAt,
            AgentExtension = call.Agent,
            WrapUpEndedAt = call.WrapUpEndedAt,
            Disposition = call.Disposition,
            Notes = call.Notes,
            Outcome = outcome,
        };
        Calls.Add(record);
        Steps.AddRange(call.Steps);
        return record;
    }

    private void TakeLunch(Shift shift)
    {
        var start = Later(shift.LunchAt, shift.FreeAt);
        Change(shift, AgentState.Paused, start, "lunch");
        shift.FreeAt = start + shift.LunchLength;
        Change(shift, AgentState.Available, shift.FreeAt, "back from lunch");
        shift.LunchTaken = true;
    }

    private void Change(Shift shift, AgentState to, DateTimeOffset at, string? reason)
    {
        StateChanges.Add(new AgentStateChange(shift.Agent.Extension, shift.State, to, reason, at) { Id = context.NewGuid() });
        shift.State = to;
    }

    private void Step(CallInProgress call, string node, string? input, string? outcome) =>
        call.Steps.Add(new CallStep(call.CallId, call.Steps.Count + 1, call.At, node, input, outcome));

    private void Next(CallInProgress call, double minSeconds, double maxSeconds) => call.At += context.Seconds(minSeconds, maxSeconds);

    private string UnknownOrderNumber()
    {
        while (true)
        {
            var number = context.UniqueDigits(context.Random.Number(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture), 7, []);
            if (!orderNumbers.Contains(number))
            {
                return number;
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Shift(Agent agent, DateTimeOffset start, DateTimeOffset end)
    {
        public Agent Agent { get; } = agent;
        public DateTimeOffset Start { get; } = start;
        public DateTimeOffset End { get; } = end;
        public DateTimeOffset LunchAt { get; init; }
        public TimeSpan LunchLength { get; init; }
        public bool LunchTaken { get; set; }
        public DateTimeOffset FreeAt { get; set; }
        public AgentState State { get; set; } = AgentState.LoggedOut;
    }

    private sealed class CallInProgress(string callId, DateTimeOffset startedAt)
    {
        public string CallId { get; } = callId;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public DateTimeOffset At { get; set; }
        public DateTimeOffset? AnsweredAt { get; set; }
        public string Number { get; set; } = "";
        public Customer? Customer { get; set; }
        public string Language { get; set; } = "en";
        public string? Queue { get; set; }
        public DateTimeOffset? EnqueuedAt { get; set; }
        public DateTimeOffset? OfferedAt { get; set; }
        public DateTimeOffset? ConnectedAt { get; set; }
        public string? Agent { get; set; }
        public DateTimeOffset? WrapUpEndedAt { get; set; }
        public string? Disposition { get; set; }
        public string? Notes { get; set; }
        public List<CallStep> Steps { get; } = [];
    }
}
