using System.Net;
using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Data.Journal;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Supervisor;
using CallCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Server.Tests.Web.Supervisor;

/// <summary>The supervisor's page, voice messages and ticket actions, through the server as supervisors reach it.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class SupervisorPageTests
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync(new HotlineRigOptions { AgentsLoggedIn = ["1001", "1002"] });

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Page_Supervisor_ShowsEveryQueueAndTheAgentsByState()
    {
        using var browser = await SignedInAsync(DemoAgents.Supervisor);

        var page = await browser.GetAsync("/supervisor");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            foreach (var queue in new[] { "support", "sales", "complaints", "vip" })
            {
                Assert.That(page.Text($"queue-{queue}-waiting"), Is.EqualTo("0"), queue);
            }
            Assert.That(page.Text("agent-1001-state"), Is.EqualTo("Available"));
            Assert.That(page.Text("agent-1003-state"), Is.EqualTo("Logged out"));
        });
    }

    [Test]
    public async Task Voicemail_Agent_IsRefused()
    {
        var ticket = await OpenTicketAsync("nobody-recorded-this");
        using var browser = await SignedInAsync("1004");

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Found));
        if (response.StatusCode == HttpStatusCode.Found)
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/forbidden"));
        }
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("audio/wav"));
    }

    [Test]
    public async Task Voicemail_NotSignedIn_IsSentToSignIn()
    {
        var ticket = await OpenTicketAsync("nobody-recorded-this-either");
        using var browser = new DeskHttpClient(rig.Server.Address());

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Unauthorized, HttpStatusCode.Found));
        if (response.StatusCode == HttpStatusCode.Found)
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/signin"));
        }
    }

    [Test]
    public async Task Voicemail_Supervisor_GetsTheWavAsteriskHolds()
    {
        var (ticket, recording) = await LeaveComplaintAsync();
        using var browser = await SignedInAsync(DemoAgents.Supervisor);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("audio/wav"));
        Assert.That(bytes, Is.EqualTo(await File.ReadAllBytesAsync(rig.RecordingFile(recording))));
    }

    [Test]
    public async Task Voicemail_TicketWithoutRecording_IsNotFound()
    {
        var ticket = await OpenTicketAsync(recordingName: null);
        using var browser = await SignedInAsync(DemoAgents.Admin);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Voicemail_RecordingAsteriskDoesNotHave_IsNotFound()
    {
        var ticket = await OpenTicketAsync("complaint-long-deleted");
        using var browser = await SignedInAsync(DemoAgents.Supervisor);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Voicemail_NoSuchTicket_IsNotFound()
    {
        using var browser = await SignedInAsync(DemoAgents.Supervisor);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(Guid.NewGuid())));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Assign_ByTheSupervisor_IsInTheDatabaseWithTheSupervisorAsActor()
    {
        var ticket = await OpenTicketAsync("complaint-assign");

        await WithTicketsAsync(t => t.AssignAsync(ticket, "1002", DemoAgents.Supervisor, CancellationToken.None));

        var stored = await StoredAsync(ticket.Id, t => t.Status == TicketStatus.Assigned);
        var history = await rig.Service<ITicketReader>().HistoryAsync(ticket.Id, CancellationToken.None);
        Assert.That(stored.AssignedTo, Is.EqualTo("1002"));
        Assert.That(history.Select(e => (e.Action, e.Actor)), Does.Contain((SupervisorTickets.AssignedAction, (string?)DemoAgents.Supervisor)));
    }

    [Test]
    public async Task Resolve_ByTheSupervisor_IsInTheDatabase()
    {
        var ticket = await OpenTicketAsync("complaint-resolve");

        await WithTicketsAsync(t => t.ResolveAsync(ticket, DemoAgents.Supervisor, CancellationToken.None));

        var stored = await StoredAsync(ticket.Id, t => t.Status == TicketStatus.Resolved);
        Assert.That(stored.Status, Is.EqualTo(TicketStatus.Resolved));
    }

    [Test]
    public async Task CallbackDone_ByTheSupervisor_IsInTheDatabase()
    {
        var ticket = await OpenTicketAsync("complaint-called-back");

        await WithTicketsAsync(t => t.MarkCalledBackAsync(ticket, DemoAgents.Supervisor, CancellationToken.None));

        var stored = await StoredAsync(ticket.Id, t => t.CallbackDone);
        Assert.That(stored.Status, Is.EqualTo(TicketStatus.Open), "called back, not resolved yet");
    }

    [Test]
    public async Task List_RightAfterAResolve_ShowsTheTicketResolvedBeforeTheDatabaseHasIt()
    {
        var ticket = await OpenTicketAsync("complaint-shown-resolved");
        using var scope = rig.Server.Services.CreateScope();
        var tickets = scope.ServiceProvider.GetRequiredService<SupervisorTickets>();

        await tickets.ResolveAsync(ticket, DemoAgents.Supervisor, CancellationToken.None);
        var lists = await tickets.ListAsync(CancellationToken.None);

        Assert.That(lists[TicketStatus.Resolved].Select(l => l.Ticket.Id), Does.Contain(ticket.Id));
        Assert.That(lists[TicketStatus.Open].Select(l => l.Ticket.Id), Does.Not.Contain(ticket.Id));
    }

    private async Task<DeskHttpClient> SignedInAsync(string extension)
    {
        var browser = new DeskHttpClient(rig.Server.Address());
        await browser.SignInAsync(extension, DemoAgents.PinFor(extension));
        return browser;
    }

    /// <summary>A new open ticket, in the database before the test acts on it.</summary>
    private async Task<ComplaintTicket> OpenTicketAsync(string? recordingName)
    {
        var ticket = new ComplaintTicket
        {
            Id = Guid.CreateVersion7(),
            CreatedAt = DateTimeOffset.UtcNow,
            CallerNumber = "+15559870000",
            RecordingName = recordingName,
        };
        await rig.Service<IComplaintDesk>().OpenAsync(ticket, CancellationToken.None);
        return await StoredAsync(ticket.Id, _ => true);
    }

    private async Task WithTicketsAsync(Func<SupervisorTickets, Task> act)
    {
        using var scope = rig.Server.Services.CreateScope();
        await act(scope.ServiceProvider.GetRequiredService<SupervisorTickets>());
    }

    private async Task<ComplaintTicket> StoredAsync(Guid id, Func<ComplaintTicket, bool> condition)
    {
        var reader = rig.Service<ITicketReader>();
        ComplaintTicket? stored = null;
        await Eventually.TrueAsync(
            async () =>
            {
                stored = await reader.GetAsync(id, CancellationToken.None);
                return stored is not null && condition(stored);
            },
            $"ticket {id} in the database as expected",
            HotlineRig.Patience);
        return stored!;
    }

    /// <summary>A caller presses 6, speaks and keeps the message: the ticket it opens and its recording's name.</summary>
    private async Task<(ComplaintTicket Ticket, string Recording)> LeaveComplaintAsync()
    {
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("6");
        await caller.HearAsync("complaint-intro");
        var recording = await rig.RecordingStartedAsync(caller.CallId);
        await caller.SpeakAsync(TimeSpan.FromSeconds(2));
        await caller.PressAsync("#");
        await caller.HearAsync("complaint-review");
        await caller.PressAsync("1");
        await caller.WaitForHangupAsync();
        return (await rig.TicketAsync(caller.CallId), recording);
    }
}
