using Microsoft.Extensions.Logging;

namespace CallCenter.Testing.Asterisk;

/// <summary>
/// Time for the simulated PBX: every timer goes through the configured <see cref="TimeProvider"/> so tests can
/// drive it, and media time is scaled by <see cref="FakeAsteriskOptions.PlaybackSpeed"/>.
/// </summary>
internal sealed class PbxClock
{
    private readonly Pbx _pbx;
    private readonly TimeProvider _time;
    private readonly double _speed;
    private readonly HashSet<ScheduledAction> _active = [];

    public PbxClock(Pbx pbx, TimeProvider time, double speed)
    {
        _pbx = pbx;
        _time = time;
        _speed = speed;
    }

    public TimeProvider Time => _time;

    public DateTimeOffset Now => _time.GetUtcNow();

    public TimeSpan MediaToReal(TimeSpan media) => TimeSpan.FromTicks((long)(media.Ticks * _speed));

    public TimeSpan RealToMedia(TimeSpan real) => _speed <= 0 ? real : TimeSpan.FromTicks((long)(real.Ticks / _speed));

    /// <summary>Runs <paramref name="action"/> under the PBX lock after <paramref name="delay"/>. Call with the lock held.</summary>
    public ScheduledAction After(TimeSpan delay, Action action)
    {
        // A zero due time can fire inside CreateTimer on some providers, re-entering the caller's half-done operation.
        if (delay < TimeSpan.FromTicks(1))
        {
            delay = TimeSpan.FromTicks(1);
        }
        var scheduled = new ScheduledAction(this, action, _pbx.Generation);
        _active.Add(scheduled);
        scheduled.Start(_time, delay);
        return scheduled;
    }

    /// <summary>Runs <paramref name="action"/> under the PBX lock after <paramref name="mediaDelay"/> of media time.</summary>
    public ScheduledAction AfterMedia(TimeSpan mediaDelay, Action action) => After(MediaToReal(mediaDelay), action);

    public void CancelAll()
    {
        foreach (var scheduled in _active.ToArray())
        {
            scheduled.Dispose();
        }
        _active.Clear();
    }

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _time, cancellationToken);

    internal void Forget(ScheduledAction scheduled)
    {
        lock (_pbx.Sync)
        {
            _active.Remove(scheduled);
        }
    }

    internal void Run(ScheduledAction scheduled, int generation, Action action)
    {
        lock (_pbx.Sync)
        {
            _active.Remove(scheduled);
            if (generation != _pbx.Generation)
            {
                return;
            }
            try
            {
                action();
            }
            catch (Exception exception)
            {
                _pbx.Logger.LogError(exception, "A timer of the fake Asterisk failed");
            }
        }
    }
}
