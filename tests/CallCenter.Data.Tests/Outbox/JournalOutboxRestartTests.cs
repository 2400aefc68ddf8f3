using System.Text;
using CallCenter.Data.Outbox;
using Microsoft.Extensions.Logging;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

public sealed class JournalOutboxRestartTests
{
    private OutboxFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new OutboxFolder();

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task Restart_FlushesFirstWhatThePreviousRunLeft()
    {
        var before = await folder.StartAsync(new FakeJournalStore { Mode = StoreMode.Down });
        var left = Enumerable.Range(1, 50).Select(i => Step(i)).ToList();
        foreach (var step in left)
        {
            await before.AppendAsync(step, CancellationToken.None);
        }
        await OutboxFolder.AbandonAsync(before);
        var store = new FakeJournalStore();

        var after = await folder.StartAsync(store);
        var pendingAtStart = after.PendingCount;
        await after.AppendAsync(Step(51), CancellationToken.None);
        await store.WhenDeliveredAsync(51).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(pendingAtStart, Is.EqualTo(50));
            Assert.That(store.Delivered, Is.EqualTo(left.Append(Step(51))));
        });
    }

    [Test]
    public async Task CrashAfterTheStoreCommittedBeforeTheMark_ResendsOnlyTheUnmarkedEntries()
    {
        var first = new FakeJournalStore();
        var before = await folder.StartAsync(first);
        long lastMarked = 0;
        for (var i = 1; i <= 5; i++)
        {
            lastMarked = await before.AppendAsync(Step(i), CancellationToken.None);
        }
        await OutboxFolder.WhenFlushedThroughAsync(before, lastMarked);
        first.Mode = StoreMode.CommitThenHang;
        for (var i = 6; i <= 8; i++)
        {
            await before.AppendAsync(Step(i), CancellationToken.None);
        }
        await first.WhenDeliveredAsync(6).WaitAsync(OutboxFolder.Patience);
        var committedNotMarked = first.Batches[^1];
        await OutboxFolder.AbandonAsync(before);
        var second = new FakeJournalStore();

        await folder.StartAsync(second);
        await second.WhenDeliveredAsync(3).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(second.Delivered, Is.EqualTo(new[] { Step(6), Step(7), Step(8) }), "everything after the last mark, nothing before it");
            Assert.That(second.Delivered.Take(committedNotMarked.Count), Is.EqualTo(committedNotMarked), "the batch committed but not marked is sent again");
        });
    }

    [Test]
    public async Task TornFinalEntry_IsDroppedWithAWarningAndEverythingElseArrives()
    {
        var before = await folder.StartAsync(new FakeJournalStore { Mode = StoreMode.Down });
        for (var i = 1; i <= 3; i++)
        {
            await before.AppendAsync(Step(i), CancellationToken.None);
        }
        await OutboxFolder.AbandonAsync(before);
        await File.AppendAllTextAsync(folder.Segments[^1], "4\tcall-step\t5e0c", Encoding.ASCII);
        var store = new FakeJournalStore();

        var after = await folder.StartAsync(store);
        await after.AppendAsync(Step(5), CancellationToken.None);
        await store.WhenDeliveredAsync(4).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(2), Step(3), Step(5) }));
            Assert.That(folder.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.One.Contains("cut short"));
            Assert.That(folder.Logs.AtLeast(LogLevel.Error), Is.Empty);
        });
    }

    [Test]
    public async Task DamagedEntryInsideASegment_IsSkippedWithAnErrorAndTheEntriesAfterItArrive()
    {
        var before = await folder.StartAsync(new FakeJournalStore { Mode = StoreMode.Down });
        for (var i = 1; i <= 3; i++)
        {
            await before.AppendAsync(Step(i), CancellationToken.None);
        }
        await OutboxFolder.AbandonAsync(before);
        var segment = folder.Segments.Single();
        var lines = await File.ReadAllLinesAsync(segment);
        lines[1] = lines[1].Replace("main-menu", "main-manu", StringComparison.Ordinal);
        await File.WriteAllTextAsync(segment, string.Join('\n', lines) + "\n");
        var store = new FakeJournalStore();

        await folder.StartAsync(store);
        await store.WhenDeliveredAsync(2).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(3) }));
            Assert.That(folder.Logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Some.Contains("damaged entry"));
        });
    }

    [Test]
    public async Task SequenceNumbers_KeepRisingAcrossRestarts()
    {
        var store = new FakeJournalStore();
        var before = await folder.StartAsync(store);
        var last = await before.AppendAsync(Step(1), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(before, last);
        await before.StopAsync(CancellationToken.None);

        var after = await folder.StartAsync(store);
        var next = await after.AppendAsync(Step(2), CancellationToken.None);

        Assert.That(next, Is.GreaterThan(last));
    }

    [Test]
    public async Task FlushedSegments_AreDeletedSoTheFolderDoesNotGrow()
    {
        var options = folder.Options();
        options.SegmentBytes = 512;
        var outbox = await folder.StartAsync(new FakeJournalStore(), options);
        long last = 0;
        for (var i = 1; i <= 60; i++)
        {
            last = await outbox.AppendAsync(Step(i), CancellationToken.None);
        }

        await OutboxFolder.WhenFlushedThroughAsync(outbox, last);
        var whileRunning = folder.Segments.Length;
        await outbox.StopAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(whileRunning, Is.LessThanOrEqualTo(1), "only the segment being written may remain");
            Assert.That(folder.Segments, Is.Empty);
        });
    }

    [Test]
    public async Task SecondOutboxOnTheSameFolder_IsRefusedAtStart()
    {
        await folder.StartAsync(new FakeJournalStore());
        var second = folder.Open(new FakeJournalStore());

        Assert.That(() => second.StartAsync(CancellationToken.None), Throws.InvalidOperationException.With.Message.Contains("another server"));
    }

    [Test]
    public async Task DamagedFlushedMark_SendsEverythingOnDiskAgainRatherThanLosingAny()
    {
        var first = new FakeJournalStore();
        var before = await folder.StartAsync(first);
        var marked = await before.AppendAsync(Step(1), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(before, marked);
        first.Mode = StoreMode.Down;
        await before.AppendAsync(Step(2), CancellationToken.None);
        await OutboxFolder.AbandonAsync(before);
        var mark = Path.Combine(folder.Path, "flushed");
        await File.WriteAllTextAsync(mark, (await File.ReadAllTextAsync(mark)).Replace('\t', ' '));
        var store = new FakeJournalStore();

        await folder.StartAsync(store);
        await store.WhenDeliveredAsync(2).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(2) }));
            Assert.That(folder.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.Some.Contains("damaged"));
        });
    }

    [Test]
    public async Task SegmentDeletedBehindTheServersBack_IsReportedAsLostAndTheStreamGoesOn()
    {
        var store = new FakeJournalStore { Mode = StoreMode.Hang };
        var options = folder.Options();
        options.SegmentBytes = 1;
        var outbox = await folder.StartAsync(store, options);
        await outbox.AppendAsync(Step(1), CancellationToken.None);
        await store.WhenAttemptedAsync(1).WaitAsync(OutboxFolder.Patience);
        await outbox.AppendAsync(Step(2), CancellationToken.None);
        File.Delete(folder.Segments[^1]);
        var last = await outbox.AppendAsync(Step(3), CancellationToken.None);

        store.Mode = StoreMode.Up;
        await OutboxFolder.WhenFlushedThroughAsync(outbox, last);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(3) }));
            Assert.That(outbox.PendingCount, Is.Zero);
            Assert.That(folder.Logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.One.Contains("1 records are lost"));
        });
    }
}
