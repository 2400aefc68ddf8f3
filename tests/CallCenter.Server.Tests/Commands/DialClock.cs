using System.Diagnostics;

namespace CallCenter.Server.Tests.Commands;

/// <summary>
/// The clock a test dials on: it starts at a chosen moment (the hotline open) and runs <paramref name="rate"/>
/// times as fast as real time, its timers too — so the flow's waits of seconds can pass in a fraction of one
/// while the call is still driven by real timers, as `dial` drives it.
/// </summary>
internal sealed class DialClock(DateTimeOffset start, double rate = 1) : TimeProvider
{
    private readonly long origin = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(origin) * rate;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / rate;

    private sealed class ScaledTimer(ITimer timer, DialClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
