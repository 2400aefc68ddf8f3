using System.Collections.Concurrent;

namespace CallCenter.Testing.Control;

/// <summary>Every request the fake served, in arrival order of completion.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public void Add(RecordedRequest request) => _requests.Enqueue(request);

    public IReadOnlyList<RecordedRequest> Snapshot() => _requests.ToArray();

    public void Clear() => _requests.Clear();
}
