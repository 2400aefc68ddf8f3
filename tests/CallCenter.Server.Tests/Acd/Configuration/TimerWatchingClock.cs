using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Server.Tests.Acd.Configuration;

/// <summary>
/// A fake clock that says when code has started a timer on it: a background service starts its loop on another
/// thread, and time advanced before its timer exists would pass it by.
/// </summary>
internal sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly TaskCompletionSource timerStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task TimerStarted => timerStarted.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        timerStarted.TrySetResult();
        return timer;
    }
}
