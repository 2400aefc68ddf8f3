using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>
/// A FakeTimeProvider that says when code under test starts waiting on it, so a test advances time only once
/// the wait it means to end has begun.
/// </summary>
public sealed class ObservedClock : FakeTimeProvider
{
    private readonly Lock gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];
    private int timers;

    public ObservedClock()
        : base(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (gate)
            {
                timers++;
                foreach (var waiter in waiters.Where(w => timers >= w.Count).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }
            }
        }
        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers have been started since the clock was made.</summary>
    public Task WhenTimersStartedAsync(int count)
    {
        lock (gate)
        {
            if (timers >= count)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, done));
            return done.Task;
        }
    }
}
