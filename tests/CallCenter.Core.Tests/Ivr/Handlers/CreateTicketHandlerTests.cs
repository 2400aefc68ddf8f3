using CallCenter.Core.Complaints;
using CallCenter.Core.Ivr.Handlers;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class CreateTicketHandlerTests
{
    private const string Recording = "complaint-1795357895.0-1";

    private HandlerLogs logs = null!;
    private FakeComplaintDesk desk = null!;
    private CreateTicketHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        desk = new FakeComplaintDesk();
        handler = new CreateTicketHandler(desk, new IvrHandlerOptions(), logs.For<CreateTicketHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task RecordedMessage_OpensATicketWithIt_ForCustomerService()
    {
        var result = await handler.RunAsync(With(CallVariables.Recording, Recording));

        var ticket = desk.Opened.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(ticket.RecordingName, Is.EqualTo(Recording));
            Assert.That(ticket.Department, Is.EqualTo("customer-service"));
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.CallId, Is.EqualTo(CallId));
            Assert.That(ticket.CallerNumber, Is.EqualTo("+15550101234"));
            Assert.That(ticket.CreatedAt, Is.EqualTo(Now));
            Assert.That(ticket.CustomerId, Is.Null);
        });
    }

    [Test]
    public async Task Ticket_HasANewVersion7Id()
    {
        await handler.RunAsync(With(CallVariables.Recording, Recording));
        await handler.RunAsync(With(CallVariables.Recording, Recording + "-again"));

        Assert.Multiple(() =>
        {
            Assert.That(desk.Opened.Select(t => t.Id.Version), Is.All.EqualTo(7));
            Assert.That(desk.Opened.Select(t => t.Id), Is.Unique);
        });
    }

    [Test]
    public async Task KnownCustomer_TicketNamesThem()
    {
        var result = await handler.RunAsync(Context(new Dictionary<string, string>
        {
            [CallVariables.Recording] = Recording,
            [CallVariables.CustomerId] = "42",
        }));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(desk.Opened.Single().CustomerId, Is.EqualTo(42));
        });
    }

    [Test]
    public async Task MalformedCustomerId_TicketIsStillOpened_WithoutACustomer()
    {
        await handler.RunAsync(Context(new Dictionary<string, string>
        {
            [CallVariables.Recording] = Recording,
            [CallVariables.CustomerId] = "forty-two",
        }));

        Assert.That(desk.Opened.Single().CustomerId, Is.Null);
    }

    [TestCase("(555) 010-1234", "+15550101234", TestName = "NationalCallerNumber_IsKeptInE164")]
    [TestCase("1001", "1001", TestName = "ExtensionThatIsNotAPhoneNumber_IsKeptAsGiven")]
    [TestCase("", "unknown", TestName = "AnonymousCaller_IsKeptAsUnknown")]
    public async Task CallerNumber_IsKeptToCallBack(string number, string kept)
    {
        await handler.RunAsync(Context(new Dictionary<string, string> { [CallVariables.Recording] = Recording }, number: number));

        Assert.That(desk.Opened.Single().CallerNumber, Is.EqualTo(kept));
    }

    [TestCase(null, TestName = "NoRecording_IsNotFound_AndOpensNothing")]
    [TestCase(" ", TestName = "BlankRecording_IsNotFound_AndOpensNothing")]
    public async Task NoRecording_IsNotFound_AndOpensNothing(string? recording)
    {
        var variables = new Dictionary<string, string>();
        if (recording is not null)
        {
            variables[CallVariables.Recording] = recording;
        }

        var result = await handler.RunAsync(Context(variables));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(desk.Opened, Is.Empty);
        });
    }

    [Test]
    public async Task LocalDiskRefusesTheTicket_IsError()
    {
        desk.Unavailable = true;

        var result = await handler.RunAsync(With(CallVariables.Recording, Recording));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    [Test]
    public async Task RecordedMessage_SummarySaysAComplaintWasLeft()
    {
        var result = await handler.RunAsync(With(CallVariables.Recording, Recording));

        Assert.That(result.Summary, Is.EqualTo("complaint left (ticket opened)"));
    }

    [Test]
    public async Task NoRecording_SummarySaysNoComplaintWasKept()
    {
        var result = await handler.RunAsync(Context());

        Assert.That(result.Summary, Is.EqualTo("complaint not kept (no recording)"));
    }
}
