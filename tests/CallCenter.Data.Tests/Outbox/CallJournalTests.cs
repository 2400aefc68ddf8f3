using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Outbox;
using Microsoft.Data.Sqlite;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

public sealed class CallJournalTests
{
    private OutboxFolder folder = null!;
    private FakeJournalStore store = null!;
    private FakeCallRecordReader reader = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new OutboxFolder();
        store = new FakeJournalStore();
        reader = new FakeCallRecordReader();
    }

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task RecordStepAndStateChange_GoToTheStoreThroughTheOutbox()
    {
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        var change = StateChange();

        await journal.RecordAsync(Call(), CancellationToken.None);
        await journal.StepAsync(Step(1), CancellationToken.None);
        await journal.AgentStateChangedAsync(change, CancellationToken.None);
        await store.WhenDeliveredAsync(3).WaitAsync(OutboxFolder.Patience);

        Assert.That(store.Delivered, Is.EqualTo(new object[] { Call(), Step(1), change }));
    }

    [Test]
    public async Task GetAsync_BeforeTheDatabaseHasTheRecord_ReturnsTheLatestVersionWritten()
    {
        store.Mode = StoreMode.Down;
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        await journal.RecordAsync(Call(), CancellationToken.None);
        await journal.RecordAsync(Call(outcome: CallOutcome.Answered), CancellationToken.None);

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(Call(outcome: CallOutcome.Answered)));
            Assert.That(reader.Reads, Is.Zero);
        });
    }

    [Test]
    public async Task GetAsync_OnceTheDatabaseHasTheRecord_AsksTheDatabase()
    {
        var outbox = await folder.StartAsync(store);
        var journal = new CallJournal(outbox, reader);
        var stored = Call(outcome: CallOutcome.SelfService);
        reader.Records[stored.CallId] = stored;
        await journal.RecordAsync(Call(outcome: CallOutcome.Abandoned), CancellationToken.None);
        // The first entry of a fresh outbox is number 1.
        await OutboxFolder.WhenFlushedThroughAsync(outbox, 1);

        var found = await journal.GetAsync(stored.CallId, CancellationToken.None);

        Assert.That(found, Is.SameAs(stored));
    }

    [Test]
    public async Task Reads_WhenTheDatabaseFails_FailAsDataUnavailable()
    {
        reader.Failure = new SqliteException("SQLite Error 5: 'database is locked'.", 5);
        var journal = new CallJournal(await folder.StartAsync(store), reader);

        Assert.That(() => journal.RecentForCustomerAsync(42, 5, CancellationToken.None),
            Throws.TypeOf<DataUnavailableException>().With.InnerException.SameAs(reader.Failure));
    }

    [Test]
    public async Task RecordAsync_WithoutACallId_IsRefusedAndNothingIsKept()
    {
        var outbox = await folder.StartAsync(store);
        var journal = new CallJournal(outbox, reader);

        Assert.That(async () => await journal.RecordAsync(Call(callId: " "), CancellationToken.None), Throws.ArgumentException);
        Assert.That(outbox.PendingCount, Is.Zero);
    }
}
