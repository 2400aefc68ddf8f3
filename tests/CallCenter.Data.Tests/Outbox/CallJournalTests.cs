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

    [Test]
    public async Task AnnotateAsync_GoesToTheStoreThroughTheOutbox()
    {
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        var annotation = Annotation(notes: "Asked for a callback tomorrow");

        await journal.AnnotateAsync(annotation, CancellationToken.None);
        await store.WhenDeliveredAsync(1).WaitAsync(OutboxFolder.Patience);

        Assert.That(store.Delivered, Is.EqualTo(new object[] { annotation }));
    }

    [Test]
    public async Task GetAsync_AnnotatedWhileTheDatabaseIsAway_ShowsTheAnnotationOnTheStoredRecord()
    {
        reader.Records[Call().CallId] = Call();
        store.Mode = StoreMode.Down;
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        await journal.AnnotateAsync(Annotation(disposition: "refund", notes: "Parcel damaged"), CancellationToken.None);

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.That(found, Is.EqualTo(Call() with { Disposition = "refund", Notes = "Parcel damaged" }));
    }

    [Test]
    public async Task GetAsync_CallerIdentifiedWhileTheDatabaseIsAway_ShowsTheCustomerOnTheRecord()
    {
        store.Mode = StoreMode.Down;
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        var unknownCaller = Call() with { CustomerId = null };
        await journal.RecordAsync(unknownCaller, CancellationToken.None);
        await journal.AnnotateAsync(Annotation() with { CustomerId = 7 }, CancellationToken.None);
        await journal.RecordAsync(unknownCaller with { Outcome = CallOutcome.Answered }, CancellationToken.None);

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.That(found?.CustomerId, Is.EqualTo(7), "a later version of the record, without the customer, keeps it");
    }

    [Test]
    public async Task GetAsync_AnnotatedAfterTheLatestVersionWritten_ShowsTheAnnotation()
    {
        store.Mode = StoreMode.Down;
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        await journal.RecordAsync(Call(outcome: CallOutcome.Answered, notes: "from the call"), CancellationToken.None);
        await journal.AnnotateAsync(Annotation(notes: "Parcel damaged"), CancellationToken.None);

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.That(found, Is.EqualTo(Call(outcome: CallOutcome.Answered, notes: "Parcel damaged")));
    }

    [Test]
    public async Task GetAsync_LaterVersionWithoutNotesStillWaiting_KeepsTheFlushedAnnotation()
    {
        var outbox = await folder.StartAsync(store);
        var journal = new CallJournal(outbox, reader);
        await journal.AnnotateAsync(Annotation(notes: "Parcel damaged"), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, 1);
        store.Mode = StoreMode.Down;
        await journal.RecordAsync(Call(outcome: CallOutcome.Answered), CancellationToken.None);

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(Call(outcome: CallOutcome.Answered, notes: "Parcel damaged")));
            Assert.That(reader.Reads, Is.Zero);
        });
    }

    [Test]
    public async Task GetAsync_AnnotationTheDatabaseHas_IsNotLaidOverANewerStoredVersion()
    {
        var outbox = await folder.StartAsync(store);
        var journal = new CallJournal(outbox, reader);
        await journal.AnnotateAsync(Annotation(notes: "first thoughts"), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, 1);
        reader.Records[Call().CallId] = Call(notes: "corrected by a supervisor");

        var found = await journal.GetAsync(Call().CallId, CancellationToken.None);

        Assert.That(found?.Notes, Is.EqualTo("corrected by a supervisor"));
    }

    [Test]
    public async Task AnnotateAsync_WithNeitherDispositionNorNotes_IsRefusedAndNothingIsKept()
    {
        var outbox = await folder.StartAsync(store);
        var journal = new CallJournal(outbox, reader);

        Assert.That(async () => await journal.AnnotateAsync(Annotation(), CancellationToken.None), Throws.ArgumentException);
        Assert.That(outbox.PendingCount, Is.Zero);
    }

    [Test]
    public async Task QueuedSinceAsync_PutsVersionsStillWaitingInPlaceOfTheStoredOnes()
    {
        var since = Monday;
        reader.Records["1.0"] = Call("1.0");
        reader.Records["2.0"] = Call("2.0");
        store.Mode = StoreMode.Down;
        var journal = new CallJournal(await folder.StartAsync(store), reader);
        await journal.RecordAsync(Call("2.0", CallOutcome.Answered), CancellationToken.None);
        await journal.RecordAsync(Call("3.0") with { EnqueuedAt = Monday.AddMinutes(1) }, CancellationToken.None);
        await journal.RecordAsync(Call("4.0") with { Queue = null, EnqueuedAt = null }, CancellationToken.None);

        var queued = await journal.QueuedSinceAsync(since, CancellationToken.None);

        Assert.That(queued, Is.EqualTo(new[] { Call("1.0"), Call("2.0", CallOutcome.Answered), Call("3.0") with { EnqueuedAt = Monday.AddMinutes(1) } }));
    }

    private static CallAnnotation Annotation(string? disposition = null, string? notes = null) =>
        new(Call().CallId, "1003", disposition, notes, Monday.AddMinutes(3));
}
