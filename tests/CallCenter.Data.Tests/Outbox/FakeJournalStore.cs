using CallCenter.Data.Journal;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>
/// A journal store in memory that can be cut off, hung or made to refuse records, and that keeps every batch it
/// committed exactly as received: a record written twice shows twice, so tests can prove "once".
/// </summary>
public sealed class FakeJournalStore : IJournalStore
{
    private readonly Lock gate = new();
    private readonly List<object> delivered = [];
    private readonly List<IReadOnlyList<object>> batches = [];
    private readonly List<(Func<bool> Reached, TaskCompletionSource Done)> waiters = [];
    private int attempts;
    private int failures;

    public StoreMode Mode { get; set; } = StoreMode.Up;

    /// <summary>A batch holding a record this matches is refused for good (a CHECK constraint), the whole transaction with it.</summary>
    public Func<object, bool>? Refuses { get; set; }

    public IReadOnlyList<object> Delivered
    {
        get
        {
            lock (gate)
            {
                return delivered.ToList();
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<object>> Batches
    {
        get
        {
            lock (gate)
            {
                return batches.ToList();
            }
        }
    }

    public int Attempts
    {
        get
        {
            lock (gate)
            {
                return attempts;
            }
        }
    }

    public Task WhenDeliveredAsync(int count) => When(() => delivered.Count >= count);

    public Task WhenAttemptedAsync(int count) => When(() => attempts >= count);

    public Task WhenFailedAsync(int count) => When(() => failures >= count);

    public async Task WriteAsync(IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        StoreMode mode;
        lock (gate)
        {
            attempts++;
            mode = Mode;
            var fails = mode is StoreMode.Down or StoreMode.RefuseAll || (mode is StoreMode.Up or StoreMode.CommitThenHang && Refuses is { } refuses && records.Any(refuses));
            failures += fails ? 1 : 0;
            if (!fails && mode is StoreMode.Up or StoreMode.CommitThenHang)
            {
                delivered.AddRange(records);
                batches.Add(records.ToList());
            }
            Signal();
        }
        switch (mode)
        {
            case StoreMode.Down:
                throw new SqliteException("SQLite Error 14: 'unable to open database file'.", 14);
            case StoreMode.RefuseAll:
                throw new SqliteException("SQLite Error 1: 'no such table: call_steps'.", 1);
            case StoreMode.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
        }
        if (Refuses is { } refused && records.Any(refused))
        {
            throw new SqliteException("SQLite Error 19: 'CHECK constraint failed: node'.", 19);
        }
        if (mode == StoreMode.CommitThenHang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private Task When(Func<bool> reached)
    {
        lock (gate)
        {
            if (reached())
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((reached, done));
            return done.Task;
        }
    }

    private void Signal()
    {
        foreach (var waiter in waiters.Where(w => w.Reached()).ToList())
        {
            waiters.Remove(waiter);
            waiter.Done.TrySetResult();
        }
    }
}
