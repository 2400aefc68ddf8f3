using CallCenter.Data.Outbox;
using Microsoft.Extensions.Logging;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>Backoff, the circuit breaker and the stop grace, on a clock the test moves.</summary>
public sealed class JournalOutboxCircuitTests
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(10);

    private OutboxFolder folder = null!;
    private ObservedClock clock = null!;
    private FakeJournalStore store = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new OutboxFolder();
        clock = new ObservedClock();
        store = new FakeJournalStore { Mode = StoreMode.Down };
    }

    [TearDown]
    public async Task RemoveFolder() => await folder.DisposeAsync();

    [Test]
    public async Task RepeatedFailures_OpenTheCircuit_AndNoWriteReachesTheStoreDuringTheBreak()
    {
        var outbox = await StartAsync();
        await outbox.AppendAsync(Step(1), CancellationToken.None);

        await FailUntilTheCircuitOpensAsync();
        clock.Advance(BreakDuration / 2);

        Assert.Multiple(() =>
        {
            Assert.That(store.Attempts, Is.EqualTo(3));
            Assert.That(folder.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.Exactly(1).Contains("circuit open"));
        });
    }

    [Test]
    public async Task BreakOver_WithTheStoreBack_ClosesTheCircuitAndDelivers()
    {
        var outbox = await StartAsync();
        var sequence = await outbox.AppendAsync(Step(1), CancellationToken.None);
        await FailUntilTheCircuitOpensAsync();

        store.Mode = StoreMode.Up;
        clock.Advance(BreakDuration);
        await OutboxFolder.WhenFlushedThroughAsync(outbox, sequence);

        Assert.Multiple(() =>
        {
            Assert.That(store.Attempts, Is.EqualTo(4));
            Assert.That(store.Delivered, Is.EqualTo(new[] { Step(1) }));
            Assert.That(folder.Logs.Entries.Select(e => e.Message), Has.Exactly(1).Contains("circuit closed"));
            Assert.That(folder.Logs.Entries.Select(e => e.Message), Has.Exactly(1).Contains("takes journal records again"));
        });
    }

    [Test]
    public async Task FailuresWithinAnOutage_AreLoggedOnceNotPerAttempt()
    {
        var outbox = await StartAsync();
        await outbox.AppendAsync(Step(1), CancellationToken.None);
        await outbox.AppendAsync(Step(2), CancellationToken.None);

        await FailUntilTheCircuitOpensAsync();

        Assert.That(folder.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.Exactly(1).Contains("does not take journal records"));
    }

    [Test]
    public async Task Stop_WhileTheStoreIsDown_EndsAfterTheGraceAndKeepsTheRecordsOnDisk()
    {
        var outbox = await StartAsync();
        await outbox.AppendAsync(Step(1), CancellationToken.None);
        await store.WhenAttemptedAsync(1).WaitAsync(OutboxFolder.Patience);
        await clock.WhenTimersStartedAsync(1).WaitAsync(OutboxFolder.Patience);

        var stopping = outbox.StopAsync(CancellationToken.None);
        await clock.WhenTimersStartedAsync(2).WaitAsync(OutboxFolder.Patience);
        var waitedForTheGrace = !stopping.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(5));
        await stopping.WaitAsync(OutboxFolder.Patience);

        Assert.Multiple(() =>
        {
            Assert.That(waitedForTheGrace, Is.True);
            Assert.That(outbox.PendingCount, Is.EqualTo(1));
            Assert.That(folder.Segments, Has.Length.EqualTo(1));
            Assert.That(folder.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.One.Contains("for the next start"));
        });
    }

    private async Task<JournalOutbox> StartAsync()
    {
        var options = folder.Options();
        options.RetryDelay = RetryDelay;
        options.MaxRetryDelay = RetryDelay;
        options.FailuresBeforeBreak = 3;
        options.FailureWindow = TimeSpan.FromMinutes(1);
        options.BreakDuration = BreakDuration;
        options.StopGrace = TimeSpan.FromSeconds(5);
        return await folder.StartAsync(store, options, clock);
    }

    /// <summary>Three failed writes a retry pause apart open the circuit; returns once the flusher waits out the break.</summary>
    private async Task FailUntilTheCircuitOpensAsync()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await store.WhenAttemptedAsync(attempt).WaitAsync(OutboxFolder.Patience);
            await clock.WhenTimersStartedAsync(attempt).WaitAsync(OutboxFolder.Patience);
            clock.Advance(RetryDelay);
        }
        await clock.WhenTimersStartedAsync(4).WaitAsync(OutboxFolder.Patience);
    }
}
