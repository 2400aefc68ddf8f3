using System.Globalization;
using CallCenter.Core.Complaints;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Data.Journal;
using CallCenter.Data.Outbox;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>create-ticket on the real complaint desk: through the journal outbox into the demo database.</summary>
public sealed class ComplaintTicketsTests : DemoDatabaseTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private JournalOutbox outbox = null!;
    private CreateTicketHandler handler = null!;
    private TicketReader tickets = null!;

    [SetUp]
    public async Task StartTheOutbox()
    {
        outbox = new JournalOutbox(
            new OutboxOptions
            {
                Directory = Path.Combine(Folder, "outbox"),
                RetryDelay = TimeSpan.FromMilliseconds(10),
                MaxRetryDelay = TimeSpan.FromMilliseconds(100),
                StopGrace = TimeSpan.FromSeconds(5),
            },
            new JournalStore(Database),
            Logger<JournalOutbox>());
        await outbox.StartAsync(CancellationToken.None);
        tickets = new TicketReader(Database);
        handler = new CreateTicketHandler(new ComplaintDesk(outbox, tickets), new IvrHandlerOptions(), Logger<CreateTicketHandler>());
    }

    [TearDown]
    public async Task StopTheOutbox() => await outbox.DisposeAsync();

    [Test]
    public async Task RecordedMessage_IsATicketInTheDatabase_WithTheRecordingTheCallerAndTheCustomer()
    {
        var customer = DemoDatabase.Data.Customers.First(c => c.Phones.Count > 0);
        var recording = $"complaint-{CallId}-{Guid.NewGuid():N}";

        var result = await handler.RunAsync(Message(recording, customer.Id, customer.Phones[0]["+1".Length..]), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        var ticket = await StoredAsync(recording);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(ticket.CallerNumber, Is.EqualTo(customer.Phones[0]));
            Assert.That(ticket.CallId, Is.EqualTo(CallId));
            Assert.That(ticket.Department, Is.EqualTo("customer-service"));
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.CreatedAt, Is.EqualTo(FlowNow));
        });
    }

    [Test]
    public async Task RecordedMessage_TicketsHistoryStartsWithOpened()
    {
        var recording = $"complaint-{CallId}-{Guid.NewGuid():N}";

        await handler.RunAsync(Message(recording, customerId: null, "+15550100000"), CancellationToken.None);

        var ticket = await StoredAsync(recording);
        var history = await tickets.HistoryAsync(ticket.Id, CancellationToken.None);
        Assert.That(history.Select(h => (h.Action, h.At)), Is.EqualTo(new[] { ("opened", FlowNow) }));
    }

    [Test]
    public async Task DatabaseAway_MessageIsStillTaken_AndItsTicketArrivesWhenTheDatabaseIsBack()
    {
        var recording = $"complaint-{CallId}-{Guid.NewGuid():N}";
        var away = DatabaseFile + ".away";
        File.Move(DatabaseFile, away);

        var result = await handler.RunAsync(Message(recording, customerId: null, "+15550100000"), CancellationToken.None);
        await Eventually.TrueAsync(() => outbox.PendingCount > 0, "the ticket waiting in the outbox", Patience);
        File.Move(away, DatabaseFile);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That((await StoredAsync(recording)).RecordingName, Is.EqualTo(recording));
    }

    private static HandlerContext Message(string recording, long? customerId, string number)
    {
        var variables = new Dictionary<string, string> { [CallVariables.Recording] = recording };
        if (customerId is { } id)
        {
            variables[CallVariables.CustomerId] = id.ToString(CultureInfo.InvariantCulture);
        }
        return Call(variables, number);
    }

    /// <summary>The ticket with this recording once the outbox has written it to the database.</summary>
    private async Task<ComplaintTicket> StoredAsync(string recording)
    {
        ComplaintTicket? found = null;
        await Eventually.TrueAsync(
            async () =>
            {
                found = (await tickets.ListAsync(TicketStatus.Open, 1000, CancellationToken.None)).FirstOrDefault(t => t.RecordingName == recording);
                return found is not null;
            },
            $"a ticket with recording {recording} in the database",
            Patience);
        return found!;
    }
}
