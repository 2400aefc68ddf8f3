using CallCenter.Core.Agents;
using CallCenter.Core.Complaints;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    private static readonly DateTimeOffset CallStart = At("2026-11-22T14:31:35.862Z");

    [Test]
    public async Task Journal_SameBatchWrittenTwice_KeepsEveryRecordOnce()
    {
        var ticket = Ticket();
        var batch = new object[]
        {
            Call("1795357895.0"),
            new CallStep("1795357895.0", 1, CallStart, "welcome"),
            new CallStep("1795357895.0", 2, CallStart.AddSeconds(4), "card-entry", "********3456", "found"),
            new AgentStateChange("1001", AgentState.Available, AgentState.Ringing, null, CallStart.AddSeconds(9)),
            ticket,
            new TicketEvent(ticket.Id, ticket.CreatedAt, "opened", null, null),
        };

        await Journal.WriteAsync(batch, None);
        await Journal.WriteAsync(batch, None);

        var counts = new[] { "call_records", "call_steps", "agent_state_changes", "complaint_tickets", "ticket_events" };
        var rows = new List<int>();
        foreach (var table in counts)
        {
            rows.Add(await Given.CountAsync(table));
        }
        Assert.That(rows, Is.EqualTo(new[] { 1, 2, 1, 1, 1 }));
    }

    [Test]
    public async Task Journal_NewerVersionOfACallRecord_ReplacesTheOlder()
    {
        var arrived = Call("1795357895.0");
        var connected = arrived with
        {
            AnsweredAt = CallStart.AddSeconds(1),
            Queue = "sales",
            EnqueuedAt = CallStart.AddSeconds(20),
            OfferedAt = CallStart.AddSeconds(25),
            Offers = 2,
            ConnectedAt = CallStart.AddSeconds(31),
            AgentExtension = "1001",
            Outcome = CallOutcome.Answered,
        };
        await Journal.WriteAsync([arrived], None);

        await Journal.WriteAsync([connected], None);

        Assert.Multiple(async () =>
        {
            Assert.That(await CallRecords.GetAsync("1795357895.0", None), Is.EqualTo(connected));
            Assert.That(await Given.CountAsync("call_records"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Journal_CallRecordWritten_ReadsBackAsWritten()
    {
        var ended = Call("1795357895.0") with
        {
            AnsweredAt = CallStart.AddSeconds(1),
            EndedAt = CallStart.AddMinutes(3),
            CustomerId = 42,
            Language = "zh",
            WrapUpEndedAt = CallStart.AddMinutes(4),
            Disposition = "order-status",
            Notes = "Asked about 订单 12345678",
            Outcome = CallOutcome.SelfService,
        };

        await Journal.WriteAsync([ended], None);

        Assert.That(await CallRecords.GetAsync("1795357895.0", None), Is.EqualTo(ended));
    }

    [Test]
    public async Task Journal_StepsWrittenOutOfOrder_ReadBackInSequence()
    {
        var steps = new[]
        {
            new CallStep("1795357895.0", 2, CallStart.AddSeconds(4), "card-entry", "********3456", "found"),
            new CallStep("1795357895.0", 1, CallStart, "welcome"),
            new CallStep("1795357896.0", 1, CallStart, "welcome"),
        };

        await Journal.WriteAsync(steps, None);

        Assert.That(await CallRecords.StepsAsync("1795357895.0", None), Is.EqualTo(new[] { steps[1], steps[0] }));
    }

    [Test]
    public async Task CallRecords_RecentForCustomer_NewestFirstUpToTheLimit()
    {
        var calls = Enumerable.Range(0, 3).Select(i => Call($"17953578{i}.0") with { StartedAt = CallStart.AddDays(i), CustomerId = 7 }).ToList();
        await Journal.WriteAsync([.. calls, Call("1795357999.0") with { CustomerId = 8 }], None);

        var recent = await CallRecords.RecentForCustomerAsync(7, 2, None);

        Assert.That(recent, Is.EqualTo(new[] { calls[2], calls[1] }));
    }

    [Test]
    public async Task CallRecords_ForAgent_OnlyCallsConnectedInTheWindow()
    {
        var from = At("2026-11-22T00:00:00Z");
        var to = from.AddDays(1);
        var before = Call("1.0") with { AgentExtension = "1001", ConnectedAt = from.AddMilliseconds(-1) };
        var first = Call("2.0") with { AgentExtension = "1001", ConnectedAt = from };
        var last = Call("3.0") with { AgentExtension = "1001", ConnectedAt = to.AddMilliseconds(-1) };
        var atTheEnd = Call("4.0") with { AgentExtension = "1001", ConnectedAt = to };
        var otherAgent = Call("5.0") with { AgentExtension = "1002", ConnectedAt = from.AddHours(1) };
        await Journal.WriteAsync([last, before, atTheEnd, first, otherAgent], None);

        var calls = await CallRecords.ForAgentAsync("1001", from, to, None);

        Assert.That(calls, Is.EqualTo(new[] { first, last }));
    }

    [Test]
    public async Task Tickets_ChangedAfterOpening_ReadAsTheLatestVersionWithTheirHistory()
    {
        var opened = Ticket();
        var openedEvent = new TicketEvent(opened.Id, opened.CreatedAt, "opened", null, null);
        var assigned = opened with { Status = TicketStatus.Assigned, AssignedTo = "1003" };
        var assignedEvent = new TicketEvent(opened.Id, opened.CreatedAt.AddHours(1), "assigned", "1010", "to 1003");
        await Journal.WriteAsync([opened, openedEvent], None);

        await Journal.WriteAsync([assigned, assignedEvent], None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Tickets.GetAsync(opened.Id, None), Is.EqualTo(assigned));
            Assert.That(await Tickets.HistoryAsync(opened.Id, None), Is.EqualTo(new[] { openedEvent, assignedEvent }));
        });
    }

    [Test]
    public async Task Tickets_ListInAStatus_NewestFirst()
    {
        var older = Ticket() with { CreatedAt = CallStart.AddDays(-2) };
        var newer = Ticket() with { CreatedAt = CallStart.AddDays(-1) };
        var resolved = Ticket() with { Status = TicketStatus.Resolved, CallbackDone = true };
        await Journal.WriteAsync([older, newer, resolved], None);

        var open = await Tickets.ListAsync(TicketStatus.Open, 10, None);
        var all = await Tickets.ListAsync(null, 2, None);

        Assert.Multiple(() =>
        {
            Assert.That(open, Is.EqualTo(new[] { newer, older }));
            Assert.That(all, Is.EqualTo(new[] { resolved, newer }));
        });
    }

    [Test]
    public async Task Tickets_OpenForCustomer_LeavesOutResolvedAndClosedOnes()
    {
        var customer = (await NewCustomerAsync()).Id;
        var otherCustomer = (await NewCustomerAsync("Other Customer")).Id;
        var open = Ticket() with { CustomerId = customer };
        var assigned = Ticket() with { CustomerId = customer, Status = TicketStatus.Assigned, AssignedTo = "1003", CreatedAt = CallStart.AddHours(-1) };
        var resolved = Ticket() with { CustomerId = customer, Status = TicketStatus.Resolved };
        var closed = Ticket() with { CustomerId = customer, Status = TicketStatus.Closed };
        var someoneElses = Ticket() with { CustomerId = otherCustomer };
        await Journal.WriteAsync([open, assigned, resolved, closed, someoneElses], None);

        var tickets = await Tickets.OpenForCustomerAsync(customer, None);

        Assert.That(tickets, Is.EqualTo(new[] { open, assigned }));
    }

    [Test]
    public async Task Journal_BatchWithSomethingThatIsNoRecord_IsRefusedAndWritesNothing()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Journal.WriteAsync([Call("1795357895.0"), "not a record"], None));

        Assert.That(await Given.CountAsync("call_records"), Is.Zero);
    }

    [Test]
    public async Task Journal_BatchThatFailsHalfway_WritesNothingAndSaysWhy()
    {
        var eventOfNoTicket = new TicketEvent(Guid.CreateVersion7(), CallStart, "note", "1001", null);

        var failure = Assert.CatchAsync(() => Journal.WriteAsync([Call("1795357895.0"), eventOfNoTicket], None));

        Assert.Multiple(async () =>
        {
            Assert.That(failure, Is.InstanceOf<System.Data.Common.DbException>());
            Assert.That(await Given.CountAsync("call_records"), Is.Zero);
        });
    }

    [Test]
    public async Task Journal_StepWithADetail_ReadsBackWithIt()
    {
        var step = new CallStep("1795357895.0", 3, CallStart.AddSeconds(9), "order-status", null, "found", "order 100045: shipped, expected Nov 24");

        await Journal.WriteAsync([step], None);

        Assert.That(await CallRecords.StepsAsync("1795357895.0", None), Is.EqualTo(new[] { step }));
    }

    [Test]
    public async Task Journal_StepDetailAsLongAsTheDatabaseKeeps_ReadsBackWhole()
    {
        var step = new CallStep("1795357895.0", 1, CallStart, "store-info", null, "found", new string('门', CallStep.MaxDetailLength));

        await Journal.WriteAsync([step], None);

        Assert.That((await CallRecords.StepsAsync("1795357895.0", None)).Single().Detail, Is.EqualTo(step.Detail));
    }

    [Test]
    public async Task Journal_Annotation_SetsOnlyTheDispositionAndNotes()
    {
        var connected = Call("1795357895.0") with { AgentExtension = "1001", ConnectedAt = CallStart.AddSeconds(31), Outcome = CallOutcome.Answered };
        await Journal.WriteAsync([connected], None);

        await Journal.WriteAsync([new CallAnnotation("1795357895.0", "1001", "order-status", "Asked about 订单 100045", CallStart.AddMinutes(2))], None);

        Assert.That(await CallRecords.GetAsync("1795357895.0", None), Is.EqualTo(connected with { Disposition = "order-status", Notes = "Asked about 订单 100045" }));
    }

    [Test]
    public async Task Journal_LaterRecordVersionWithoutNotes_KeepsTheAgentsAnnotation()
    {
        var connected = Call("1795357895.0") with { AgentExtension = "1001", ConnectedAt = CallStart.AddSeconds(31), Outcome = CallOutcome.Answered };
        var wrappedUp = connected with { EndedAt = CallStart.AddMinutes(3), WrapUpEndedAt = CallStart.AddMinutes(4) };
        await Journal.WriteAsync([connected, new CallAnnotation("1795357895.0", "1001", "complaint", "Parcel damaged", CallStart.AddMinutes(2))], None);

        await Journal.WriteAsync([wrappedUp], None);

        Assert.That(await CallRecords.GetAsync("1795357895.0", None), Is.EqualTo(wrappedUp with { Disposition = "complaint", Notes = "Parcel damaged" }));
    }

    [Test]
    public async Task Journal_AnnotationWithTheCallersNewCustomer_LinksTheCallAndALaterVersionKeepsIt()
    {
        var customer = (await NewCustomerAsync()).Id;
        var unknownCaller = Call("1795357895.0") with { CustomerId = null };
        await Journal.WriteAsync([unknownCaller, new CallAnnotation("1795357895.0", "1001", null, null, CallStart.AddMinutes(1)) { CustomerId = customer }], None);

        await Journal.WriteAsync([unknownCaller with { EndedAt = CallStart.AddMinutes(3) }], None);

        Assert.That((await CallRecords.GetAsync("1795357895.0", None))?.CustomerId, Is.EqualTo(customer));
        Assert.That((await CallRecords.RecentForCustomerAsync(customer, 5, None)).Select(c => c.CallId), Is.EqualTo(new[] { "1795357895.0" }));
    }

    [Test]
    public async Task Journal_AnnotationWithOnlyADisposition_KeepsTheNotesWrittenBefore()
    {
        await Journal.WriteAsync([Call("1795357895.0"), new CallAnnotation("1795357895.0", "1001", null, "Wants a refund", CallStart.AddMinutes(1))], None);

        await Journal.WriteAsync([new CallAnnotation("1795357895.0", "1001", "refund", null, CallStart.AddMinutes(5))], None);

        var record = await CallRecords.GetAsync("1795357895.0", None);
        Assert.That((record?.Disposition, record?.Notes), Is.EqualTo(("refund", "Wants a refund")));
    }

    [Test]
    public async Task Journal_AnnotationOfACallWithNoRecord_ChangesNothingAndTheRestOfTheBatchIsWritten()
    {
        var orphan = new CallAnnotation("1795350000.0", "1001", "other", "Caller's home address is 1 Elm St", CallStart);

        await Journal.WriteAsync([orphan, Call("1795357895.0")], None);

        Assert.Multiple(async () =>
        {
            Assert.That(await CallRecords.GetAsync("1795350000.0", None), Is.Null);
            Assert.That(await CallRecords.GetAsync("1795357895.0", None), Is.EqualTo(Call("1795357895.0")));
        });
    }

    [Test]
    public async Task Journal_AnnotationOfACallWithNoRecord_IsAWarningThatLeavesOutTheNotes()
    {
        using var capture = new LogCapture();
        using var loggers = capture.CreateFactory();
        var journal = new JournalStore(Database, loggers.CreateLogger<JournalStore>());

        await journal.WriteAsync([new CallAnnotation("1795350000.0", "1001", "other", "Caller's home address is 1 Elm St", CallStart)], None);

        var warning = capture.AtLeast(LogLevel.Warning).Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.CallId, Is.EqualTo("1795350000.0"));
            Assert.That(warning.Message + string.Join(" ", warning.Properties.Values), Does.Not.Contain("Elm St"));
        });
    }

    [Test]
    public async Task CallRecords_QueuedSince_OnlyCallsQueuedFromThatTime_OldestFirst()
    {
        var from = At("2026-11-22T05:00:00Z");
        var yesterday = Call("1.0") with { Queue = "sales", EnqueuedAt = from.AddSeconds(-1) };
        var atMidnight = Call("2.0") with { Queue = "sales", EnqueuedAt = from };
        var later = Call("3.0") with { Queue = "support", EnqueuedAt = from.AddHours(3), ConnectedAt = from.AddHours(3).AddSeconds(12), Outcome = CallOutcome.Answered };
        var abandoned = Call("4.0") with { Queue = "sales", EnqueuedAt = from.AddHours(1), EndedAt = from.AddHours(1).AddMinutes(2), Outcome = CallOutcome.Abandoned };
        var selfService = Call("5.0") with { StartedAt = from.AddHours(2), Outcome = CallOutcome.SelfService };
        await Journal.WriteAsync([later, yesterday, selfService, abandoned, atMidnight], None);

        var queued = await CallRecords.QueuedSinceAsync(from, None);

        Assert.That(queued, Is.EqualTo(new[] { atMidnight, abandoned, later }));
    }

    private static CallRecord Call(string callId) => new()
    {
        CallId = callId,
        StartedAt = CallStart,
        CallerNumber = "+12025550142",
        DialedNumber = "100",
        Language = "en",
    };

    private static ComplaintTicket Ticket() => new()
    {
        Id = Guid.CreateVersion7(),
        CreatedAt = CallStart,
        CallerNumber = "+12025550142",
        CallId = "1795357895.0",
        RecordingName = "complaint-1795357895.0",
        Department = "customer-service",
        Summary = "Parcel arrived damaged",
    };
}
