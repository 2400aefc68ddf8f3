using Bunit;
using CallCenter.Core.Acd;
using CallCenter.Core.Complaints;
using CallCenter.Server.Web.Components.Supervisor;
using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class TicketListTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 14, 5, 0, TimeSpan.Zero);
    private static readonly AgentDefinition[] Agents =
    [
        new() { Extension = "1002", Name = "Li Wei" },
        new() { Extension = "1003", Name = "Sofia Garcia" },
    ];

    [Test]
    public void Render_AnOpenTicket_ShowsCallerCustomerCreatedAssigneeAndCallback()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open);

        var list = Render(context, Lines(new TicketLine(ticket, "Emma Johnson")));

        var article = list.Find($"[data-test='ticket-{ticket.Id}']");
        Assert.Multiple(() =>
        {
            Assert.That(Text(article, "ticket-caller"), Is.EqualTo("+15551230001"));
            Assert.That(Text(article, "ticket-customer"), Is.EqualTo("Emma Johnson"));
            Assert.That(Text(article, "ticket-created"), Is.EqualTo("2026-11-23 14:05"));
            Assert.That(Text(article, "ticket-assignee"), Is.EqualTo("nobody"));
            Assert.That(Text(article, "ticket-callback"), Is.EqualTo("not yet"));
        });
    }

    [Test]
    public void Render_ATicketWithARecording_HasAnAudioPlayerOnItsVoicemail()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open);

        var list = Render(context, Lines(new TicketLine(ticket, null)));

        var audio = list.Find($"[data-test='ticket-{ticket.Id}'] audio[data-test='ticket-voicemail']");
        Assert.That(audio.GetAttribute("src"), Is.EqualTo($"/tickets/{ticket.Id}/voicemail"));
        Assert.That(audio.GetAttribute("preload"), Is.EqualTo("none"));
        Assert.That(audio.HasAttribute("controls"), Is.True);
    }

    [Test]
    public void Render_ATicketWithoutRecording_SaysSoInsteadOfAPlayer()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open) with { RecordingName = null };

        var list = Render(context, Lines(new TicketLine(ticket, null)));

        Assert.That(list.FindAll("audio"), Is.Empty);
        Assert.That(list.FindAll("[data-test='ticket-no-voicemail']"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Tabs_AssignedTab_ShowsOnlyTheAssignedTicketsInTheirOrder()
    {
        using var context = new BunitContext();
        var open = Ticket(TicketStatus.Open);
        var older = Ticket(TicketStatus.Assigned) with { AssignedTo = "1002" };
        var newer = Ticket(TicketStatus.Assigned) with { AssignedTo = "1003", CreatedAt = Created.AddHours(1) };
        var list = Render(context, Lines(new TicketLine(open, null), new TicketLine(newer, null), new TicketLine(older, null)));

        list.Find("[data-test='tickets-tab-assigned']").Click();

        var shown = list.FindAll("article.ticket").Select(a => a.GetAttribute("data-test")).ToList();
        Assert.That(shown, Is.EqualTo(new[] { $"ticket-{newer.Id}", $"ticket-{older.Id}" }));
        Assert.That(Text(list.Find($"[data-test='ticket-{newer.Id}']"), "ticket-assignee"), Is.EqualTo("Sofia Garcia (1003)"));
    }

    [Test]
    public void Assign_AgentChosen_AsksToAssignTheTicketToThatAgent()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open);
        TicketAssignment? asked = null;
        var list = context.Render<TicketList>(p => p
            .Add(c => c.Tickets, Lines(new TicketLine(ticket, null)))
            .Add(c => c.Agents, Agents)
            .Add(c => c.Zone, TimeZoneInfo.Utc)
            .Add(c => c.OnAssign, (TicketAssignment a) => asked = a));

        list.Find("[data-test='ticket-assign-to']").Change("1003");
        list.Find("[data-test='ticket-assign']").Click();

        Assert.That(asked, Is.EqualTo(new TicketAssignment(ticket, "1003")));
    }

    [Test]
    public void Assign_NoAgentChosen_IsNotOffered()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open);

        var list = Render(context, Lines(new TicketLine(ticket, null)));

        Assert.That(list.Find("[data-test='ticket-assign']").HasAttribute("disabled"), Is.True);
    }

    [Test]
    public void Resolve_Clicked_AsksToResolveThatTicket()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Assigned) with { AssignedTo = "1002" };
        ComplaintTicket? asked = null;
        var list = context.Render<TicketList>(p => p
            .Add(c => c.Tickets, Lines(new TicketLine(ticket, null)))
            .Add(c => c.Agents, Agents)
            .Add(c => c.OnResolve, (ComplaintTicket t) => asked = t));
        list.Find("[data-test='tickets-tab-assigned']").Click();

        list.Find("[data-test='ticket-resolve']").Click();

        Assert.That(asked, Is.EqualTo(ticket));
    }

    [Test]
    public void CallbackDone_Clicked_AsksToMarkThatTicketCalledBack()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Open);
        ComplaintTicket? asked = null;
        var list = context.Render<TicketList>(p => p
            .Add(c => c.Tickets, Lines(new TicketLine(ticket, null)))
            .Add(c => c.OnCalledBack, (ComplaintTicket t) => asked = t));

        list.Find("[data-test='ticket-called-back']").Click();

        Assert.That(asked, Is.EqualTo(ticket));
    }

    [Test]
    public void Render_ResolvedAndCalledBack_OffersNoActions()
    {
        using var context = new BunitContext();
        var ticket = Ticket(TicketStatus.Resolved) with { CallbackDone = true };
        var list = Render(context, Lines(new TicketLine(ticket, null)));

        list.Find("[data-test='tickets-tab-resolved']").Click();

        Assert.That(list.FindAll($"[data-test='ticket-{ticket.Id}'] button"), Is.Empty);
        Assert.That(Text(list.Find($"[data-test='ticket-{ticket.Id}']"), "ticket-callback"), Is.EqualTo("done"));
    }

    private static IRenderedComponent<TicketList> Render(BunitContext context, IReadOnlyDictionary<TicketStatus, IReadOnlyList<TicketLine>> tickets) =>
        context.Render<TicketList>(p => p.Add(c => c.Tickets, tickets).Add(c => c.Agents, Agents).Add(c => c.Zone, TimeZoneInfo.Utc));

    private static Dictionary<TicketStatus, IReadOnlyList<TicketLine>> Lines(params TicketLine[] lines) =>
        new[] { TicketStatus.Open, TicketStatus.Assigned, TicketStatus.Resolved }.ToDictionary(
            s => s,
            s => (IReadOnlyList<TicketLine>)[.. lines.Where(l => l.Ticket.Status == s).OrderByDescending(l => l.Ticket.CreatedAt)]);

    private static ComplaintTicket Ticket(TicketStatus status) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = Created,
        CallerNumber = "+15551230001",
        CustomerId = 1,
        RecordingName = "complaint-call-1",
        Status = status,
    };

    private static string Text(AngleSharp.Dom.IElement scope, string name) => scope.QuerySelector($"[data-test='{name}']")!.TextContent.Trim();
}
