namespace CallCenter.Testing.Asterisk;

/// <summary>Tasks that complete when a condition on PBX state becomes true; conditions are checked under the PBX lock.</summary>
internal sealed class ConditionWaiters
{
    private readonly object _sync;
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public ConditionWaiters(object sync) => _sync = sync;

    /// <summary>Waits (in real time, whatever clock the PBX runs on) until <paramref name="condition"/> holds.</summary>
    public async Task WaitAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (_sync)
        {
            if (condition())
            {
                return;
            }
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string message;
            lock (_sync)
            {
                _waiters.RemoveAll(w => ReferenceEquals(w.Done, done));
                message = failure();
            }
            throw new TimeoutException(message);
        }
        catch (OperationCanceledException)
        {
            lock (_sync)
            {
                _waiters.RemoveAll(w => ReferenceEquals(w.Done, done));
            }
            throw;
        }
    }

    /// <summary>Completes the waits whose condition now holds. Call with the PBX lock held.</summary>
    public void Check()
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            var (condition, done) = _waiters[i];
            if (condition())
            {
                _waiters.RemoveAt(i);
                done.TrySetResult();
            }
        }
    }
}
