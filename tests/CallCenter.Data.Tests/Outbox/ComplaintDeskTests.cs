using CallCenter.Core.Complaints;
using CallCenter.Data.Outbox;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

public sealed class ComplaintDeskTests
{
    private OutboxFolder folder = null!;
    private FakeJournalStore store = null!;
    private FakeTicketReader reader = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new OutboxFolder();
        store = new FakeJournalStore();
        reader = new FakeTicketReader();
    }

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task OpenAsync_KeepsTheTicketWithItsOpenedHistoryLine()
    {
        var desk = new ComplaintDesk(await folder.StartAsync(store), reader);

        await desk.OpenAsync(Ticket(), CancellationToken.None);
        await store.WhenDeliveredAsync(2).WaitAsync(OutboxFolder.Patience);
        var opened = (TicketEvent)store.Delivered[1];

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered[0], Is.EqualTo(Ticket()));
            Assert.That((opened.TicketId, opened.At, opened.Action), Is.EqualTo((Ticket().Id, Ticket().CreatedAt, "opened")));
        });
    }

    [Test]
    public async Task ChangeAsync_KeepsTheNewVersionFollowedByItsHistoryLine()
    {
        var desk = new ComplaintDesk(await folder.StartAsync(store), reader);
        var assigned = new TicketEvent(Ticket().Id, Monday.AddMinutes(5), "assigned", "supervisor", "to 1003");

        await desk.ChangeAsync(Ticket(TicketStatus.Assigned), assigned, CancellationToken.None);
        await store.WhenDeliveredAsync(2).WaitAsync(OutboxFolder.Patience);

        Assert.That(store.Delivered, Is.EqualTo(new object[] { Ticket(TicketStatus.Assigned), assigned }));
    }

    [Test]
    public async Task ChangeAsync_WithAHistoryLineOfAnotherTicket_IsRefusedAndNothingIsKept()
    {
        var outbox = await folder.StartAsync(store);
        var desk = new ComplaintDesk(outbox, reader);
        var elsewhere = new TicketEvent(Guid.CreateVersion7(), Monday, "resolved", "1003", null);

        Assert.That(async () => await desk.ChangeAsync(Ticket(TicketStatus.Resolved), elsewhere, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("history line"));
        Assert.That(outbox.PendingCount, Is.Zero);
    }

    [Test]
    public async Task GetAsync_BeforeTheDatabaseHasTheTicket_ReturnsTheLatestChange()
    {
        store.Mode = StoreMode.Down;
        var desk = new ComplaintDesk(await folder.StartAsync(store), reader);
        await desk.OpenAsync(Ticket(), CancellationToken.None);
        await desk.ChangeAsync(Ticket(TicketStatus.Assigned), new TicketEvent(Ticket().Id, Monday.AddMinutes(5), "assigned", "supervisor", null), CancellationToken.None);

        var found = await desk.GetAsync(Ticket().Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(Ticket(TicketStatus.Assigned)));
            Assert.That(reader.Reads, Is.Zero);
        });
    }
}
