using System.Collections.Concurrent;
using CallCenter.Testing.Asterisk;

namespace CallCenter.Testing.Control;

/// <summary>Every request the fake served (in order of completion), and those it is still serving.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<long, RecordedRequest> _inProgress = new();
    private readonly object _sync = new();
    private readonly ConditionWaiters _waiters;
    private long _next;

    public RequestLog() => _waiters = new ConditionWaiters(_sync);

    public long Begin(RecordedRequest request)
    {
        var id = Interlocked.Increment(ref _next);
        _inProgress[id] = request;
        Changed();
        return id;
    }

    public void End(long id, RecordedRequest request)
    {
        _inProgress.TryRemove(id, out _);
        _requests.Enqueue(request);
        Changed();
    }

    public IReadOnlyList<RecordedRequest> Snapshot() => _requests.ToArray();

    public IReadOnlyList<RecordedRequest> InProgress() => _inProgress.OrderBy(p => p.Key).Select(p => p.Value).ToArray();

    public void Clear() => _requests.Clear();

    public async Task<RecordedRequest> WaitAsync(Func<RecordedRequest, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        RecordedRequest? found = null;
        bool Find()
        {
            found = _requests.FirstOrDefault(match) ?? InProgress().FirstOrDefault(match);
            return found is not null;
        }
        await _waiters.WaitAsync(Find, timeout, () => $"No matching request within {timeout.TotalSeconds:0.###} s.", cancellationToken).ConfigureAwait(false);
        return found!;
    }

    private void Changed()
    {
        lock (_sync)
        {
            _waiters.Check();
        }
    }
}
