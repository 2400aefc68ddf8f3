namespace CallCenter.Testing.Asterisk;

/// <summary>One timer of the simulated PBX; its action runs under the PBX lock unless it was cancelled first.</summary>
internal sealed class ScheduledAction : IDisposable
{
    private readonly PbxClock _clock;
    private readonly Action _action;
    private readonly int _generation;
    private ITimer? _timer;
    private bool _cancelled;

    public ScheduledAction(PbxClock clock, Action action, int generation)
    {
        _clock = clock;
        _action = action;
        _generation = generation;
    }

    public void Start(TimeProvider time, TimeSpan delay)
    {
        _timer = time.CreateTimer(static state => ((ScheduledAction)state!).Fire(), this, delay, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _cancelled = true;
        _timer?.Dispose();
        _clock.Forget(this);
    }

    private void Fire()
    {
        _clock.Run(this, _generation, () =>
        {
            if (_cancelled)
            {
                return;
            }
            _cancelled = true;
            _timer?.Dispose();
            _action();
        });
    }
}
