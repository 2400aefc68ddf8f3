using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>Records the database refuses for good, and the database refusing everything.</summary>
public sealed class JournalOutboxRefusalTests
{
    private OutboxFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new OutboxFolder();

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task RecordTheDatabaseRefuses_GoesToTheDeadLetterFileAndTheRecordsAfterItArrive()
    {
        var store = new FakeJournalStore { Refuses = r => r is CallStep { Node: "refused" } };
        var outbox = await folder.StartAsync(store);

        await outbox.AppendAsync(Step(1), CancellationToken.None);
        var refused = await outbox.AppendAsync(Step(2, "refused"), CancellationToken.None);
        var last = await outbox.AppendAsync(Step(3), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, last);
        var deadLetters = await ReadDeadLettersAsync(outbox.DeadLetterPath);

        Assert.Multiple(() =>
        {
            // Entries sharing a batch with the refused one are written once more while it is singled out; the store takes them once.
            Assert.That(store.Delivered.Distinct(), Is.EqualTo(new[] { Step(1), Step(3) }));
            Assert.That(deadLetters.Select(d => d.GetProperty("sequence").GetInt64()), Is.EqualTo(new[] { refused }));
            Assert.That(deadLetters[0].GetProperty("record").GetProperty("node").GetString(), Is.EqualTo("refused"));
            Assert.That(folder.Logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.One.Contains("dead-letter.jsonl"));
        });
    }

    [Test]
    public async Task DatabaseRefusingEveryRecord_SetsNothingAsideAndDeliversOnceItAcceptsAgain()
    {
        var store = new FakeJournalStore { Mode = StoreMode.RefuseAll };
        var clock = new ObservedClock();
        var options = folder.Options();
        options.MaxRetryDelay = TimeSpan.FromSeconds(1);
        var outbox = await folder.StartAsync(store, options, clock);
        for (var i = 1; i <= 3; i++)
        {
            await outbox.AppendAsync(Step(i), CancellationToken.None);
        }

        await clock.WhenTimersStartedAsync(1).WaitAsync(OutboxFolder.Patience);
        clock.Advance(options.MaxRetryDelay);
        await clock.WhenTimersStartedAsync(2).WaitAsync(OutboxFolder.Patience);
        var pendingWhileRefused = outbox.PendingCount;
        store.Mode = StoreMode.Up;
        clock.Advance(options.MaxRetryDelay);
        await store.WhenDeliveredAsync(3).WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(pendingWhileRefused, Is.EqualTo(3));
            Assert.That(File.Exists(outbox.DeadLetterPath), Is.False);
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1), Step(2), Step(3) }));
            Assert.That(folder.Logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Exactly(1).Contains("refuses every journal entry"));
        });
    }

    [Test]
    public async Task EntryOfAKindThisVersionDoesNotKnow_GoesToTheDeadLetterFileAndTheStreamGoesOn()
    {
        await WriteSegmentAsync(1, "call-survey", """{"score":5}""");
        var store = new FakeJournalStore();
        var outbox = await folder.StartAsync(store);

        var last = await outbox.AppendAsync(Step(2), CancellationToken.None);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, last);
        var deadLetters = await ReadDeadLettersAsync(outbox.DeadLetterPath);

        Assert.Multiple(() =>
        {
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(2) }));
            Assert.That(deadLetters.Select(d => d.GetProperty("kind").GetString()), Is.EqualTo(new[] { "call-survey" }));
        });
    }

    [Test]
    public async Task Logs_DuringAnOutageAndARefusal_NeverCarryRecordContents()
    {
        var store = new FakeJournalStore { Mode = StoreMode.Down, Refuses = r => r is CallRecord };
        var outbox = await folder.StartAsync(store);
        await outbox.AppendAsync(Call(notes: "SECRET note: card 4111 1111 1111 1111"), CancellationToken.None);
        var last = await outbox.AppendAsync(new CallStep("1795357895.0", 1, Monday, "points-by-card", "SECRET-4111111111111111", "found"), CancellationToken.None);
        await store.WhenFailedAsync(3).WaitAsync(OutboxFolder.Patience);

        store.Mode = StoreMode.Up;
        await OutboxFolder.WhenFlushedThroughAsync(outbox, last);
        var logged = folder.Logs.Entries
            .SelectMany(e => e.Properties.Values.Select(v => v?.ToString() ?? "").Append(e.Message).Append(e.Exception?.ToString() ?? ""))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(logged, Has.None.Contains("SECRET").And.None.Contains("4111"));
            Assert.That(File.ReadAllText(outbox.DeadLetterPath), Does.Contain("SECRET note"), "the refused record itself is kept");
        });
    }

    private static async Task<List<JsonElement>> ReadDeadLettersAsync(string path) =>
        (await File.ReadAllLinesAsync(path)).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    /// <summary>A segment as an earlier (or later) version would have written it.</summary>
    private async Task WriteSegmentAsync(long sequence, string kind, string json)
    {
        var head = $"{sequence}\t{kind}\t";
        var crc = new Crc32();
        crc.Append(Encoding.UTF8.GetBytes(head));
        crc.Append(Encoding.UTF8.GetBytes(json));
        var line = $"{head}{crc.GetCurrentHashAsUInt32().ToString("x8", CultureInfo.InvariantCulture)}\t{json}\n";
        await File.WriteAllTextAsync(Path.Combine(folder.Path, sequence.ToString("D20", CultureInfo.InvariantCulture) + ".outbox"), line);
    }
}
