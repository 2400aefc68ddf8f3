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
    private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StoreMode mode = StoreMode.Up;
    private int attempts;
    private int failures;

    /// <summary>Leaving <see cref="StoreMode.Hang"/> lets the hung writes go on as the new mode says.</summary>
    public StoreMode Mode
    {
        get
        {
            lock (gate)
            {
                return mode;
            }
        }
        set
        {
            lock (gate)
            {
                mode = value;
                if (value != StoreMode.Hang)
                {
                    released.TrySetResult();
                    released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
    }

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
        Task hung;
        lock (gate)
        {
            attempts++;
            hung = mode == StoreMode.Hang ? released.Task : Task.CompletedTask;
            Signal();
        }
        await hung.WaitAsync(cancellationToken);

        StoreMode now;
        bool refused;
        lock (gate)
        {
            now = mode;
            refused = Refuses is { } refuses && records.Any(refuses);
            if (now is StoreMode.Down or StoreMode.RefuseAll || refused)
            {
                failures++;
            }
            else
            {
                delivered.AddRange(records);
                batches.Add(records.ToList());
            }
            Signal();
        }
        if (now == StoreMode.Down)
        {
            throw new SqliteException("SQLite Error 14: 'unable to open database file'.", 14);
        }
        if (now == StoreMode.RefuseAll)
        {
            throw new SqliteException("SQLite Error 1: 'no such table: call_steps'.", 1);
        }
        if (refused)
        {
            throw new SqliteException("SQLite Error 19: 'CHECK constraint failed: node'.", 19);
        }
        if (now == StoreMode.CommitThenHang)
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
