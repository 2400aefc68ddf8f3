using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Outbox;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

public sealed class JournalOutboxDeliveryTests
{
    private OutboxFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new OutboxFolder();

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task StoreCutOffMidStream_EveryRecordArrivesOnceInOrder()
    {
        var store = new FakeJournalStore();
        var outbox = await folder.StartAsync(store);
        var written = Enumerable.Range(1, 300).Select(i => Step(i)).ToList();

        foreach (var step in written.Take(100))
        {
            await outbox.AppendAsync(step, CancellationToken.None);
        }
        await store.WhenDeliveredAsync(100).WaitAsync(OutboxFolder.Patience);
        store.Mode = StoreMode.Down;
        foreach (var step in written.Skip(100))
        {
            await outbox.AppendAsync(step, CancellationToken.None);
        }
        await store.WhenFailedAsync(3).WaitAsync(OutboxFolder.Patience);
        var deliveredWhileDown = store.Delivered.Count;
        store.Mode = StoreMode.Up;
        await store.WhenDeliveredAsync(300).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(deliveredWhileDown, Is.EqualTo(100));
            Assert.That(store.Delivered, Is.EqualTo(written));
        });
    }

    [Test]
    public async Task ConcurrentWritersDuringAnOutage_EveryRecordArrivesOnceInSequenceOrder()
    {
        var store = new FakeJournalStore { Mode = StoreMode.Down };
        var outbox = await folder.StartAsync(store);

        var appends = Enumerable.Range(1, 1000).Select(async i =>
        {
            var step = Step(i);
            return (Sequence: await outbox.AppendAsync(step, CancellationToken.None), Step: step);
        });
        var kept = await Task.WhenAll(appends).WaitAsync(OutboxFolder.Patience);
        store.Mode = StoreMode.Up;
        await store.WhenDeliveredAsync(1000).WaitAsync(OutboxFolder.Patience);

        Assert.That(store.Delivered, Is.EqualTo(kept.OrderBy(k => k.Sequence).Select(k => k.Step)));
    }

    [Test]
    public async Task AppendsWhileTheStoreHangs_CompleteWithoutWaitingForIt()
    {
        var store = new FakeJournalStore { Mode = StoreMode.Hang };
        var outbox = await folder.StartAsync(store);

        await Task.WhenAll(Enumerable.Range(1, 200).Select(i => outbox.AppendAsync(Step(i), CancellationToken.None))).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(outbox.PendingCount, Is.EqualTo(200));
            Assert.That(store.Delivered, Is.Empty);
        });
    }

    [Test]
    public async Task EveryRecordKind_ReachesTheStoreAsItWasWritten()
    {
        var store = new FakeJournalStore();
        var outbox = await folder.StartAsync(store);
        var call = Call(outcome: CallOutcome.Answered, notes: "wants a callback after 6");
        var step = Step(1);
        var change = StateChange();
        var ticket = Ticket(TicketStatus.Assigned);
        var assigned = new TicketEvent(ticket.Id, Monday.AddMinutes(3), "assigned", "1003", "to deliveries");

        await outbox.AppendAsync(call, CancellationToken.None);
        await outbox.AppendAsync(step, CancellationToken.None);
        await outbox.AppendAsync(change, CancellationToken.None);
        await outbox.AppendAsync(ticket, assigned, CancellationToken.None);
        await store.WhenDeliveredAsync(5).WaitAsync(OutboxFolder.Patience);

        Assert.That(store.Delivered, Is.EqualTo(new object[] { call, step, change, ticket, assigned }));
    }

    [Test]
    public async Task AppendBeforeStart_CompletesOnceTheOutboxStarts()
    {
        var store = new FakeJournalStore();
        var outbox = folder.Open(store);

        var append = outbox.AppendAsync(Step(1), CancellationToken.None);
        var waitedForStart = !append.IsCompleted;
        await outbox.StartAsync(CancellationToken.None);
        await append.WaitAsync(OutboxFolder.Patience);
        await store.WhenDeliveredAsync(1).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(waitedForStart, Is.True);
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1) }));
        });
    }

    [Test]
    public async Task AppendAfterStop_IsRefused()
    {
        var outbox = await folder.StartAsync(new FakeJournalStore());
        await outbox.StopAsync(CancellationToken.None);

        Assert.That(() => outbox.AppendAsync(Step(1), CancellationToken.None), Throws.InvalidOperationException);
    }

    [Test]
    public async Task Stop_WhenTheStoreIsBack_FlushesEverythingBeforeItEnds()
    {
        var store = new FakeJournalStore { Mode = StoreMode.Down };
        var options = folder.Options();
        options.RetryDelay = options.MaxRetryDelay = TimeSpan.FromMilliseconds(300);
        var outbox = await folder.StartAsync(store, options);
        await outbox.AppendAsync(Step(1), CancellationToken.None);
        await outbox.AppendAsync(Step(2), CancellationToken.None);
        await store.WhenFailedAsync(1).WaitAsync(OutboxFolder.Patience);
        store.Mode = StoreMode.Up;

        await outbox.StopAsync(CancellationToken.None).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(2) }));
            Assert.That(outbox.PendingCount, Is.Zero);
            Assert.That(folder.Segments, Is.Empty);
        });
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Windows cannot delete a folder holding open files, which is how this test takes the disk away")]
    public async Task LocalDiskRefusingAWrite_FailsThatAppendAsDataUnavailable_AndLaterAppendsGoOn()
    {
        var store = new FakeJournalStore();
        var options = folder.Options();
        options.SegmentBytes = 1;
        var outbox = await folder.StartAsync(store, options);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, await outbox.AppendAsync(Step(1), CancellationToken.None));
        Directory.Delete(folder.Path, recursive: true);

        var refused = Assert.ThrowsAsync<DataUnavailableException>(() => outbox.AppendAsync(Step(2), CancellationToken.None));
        Directory.CreateDirectory(folder.Path);
        await outbox.AppendAsync(Step(3), CancellationToken.None);
        await store.WhenDeliveredAsync(2).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(refused!.InnerException, Is.InstanceOf<IOException>());
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(3) }));
        });
    }

    [Test]
    public void Options_BelowPollysMinimums_AreRefusedWhenTheOutboxIsMade()
    {
        var options = folder.Options();
        options.BreakDuration = TimeSpan.FromMilliseconds(100);

        Assert.That(() => folder.Open(new FakeJournalStore(), options), Throws.Exception.With.Message.Contains("BreakDuration"));
    }
}
