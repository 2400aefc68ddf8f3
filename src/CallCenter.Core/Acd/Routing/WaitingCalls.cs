namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// The callers waiting, kept the way routing reads them: one line per queue, tier and language in the order the
/// callers were queued, and the calls of each returning customer's last agent. The distributor owns one, changes it
/// as callers arrive, are connected, hang up or overflow (O(log n) to find the place, plus shifting the line), and
/// passes it to <see cref="CallRouter.Route(WaitingCalls, IReadOnlyList{AgentSnapshot}, IReadOnlyDictionary{string, QueueDefinition}, DateTimeOffset)"/>,
/// which only reads it. Because the lines are already in order, a routing reads from the head of each only as far
/// as it finds agents, however many callers wait. Not safe for use by several threads at once: like the rest of the
/// distributor's state, one loop changes and reads it.
/// </summary>
public sealed class WaitingCalls
{
    private readonly Dictionary<string, WaitingCall> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<WaitingLineKey, List<WaitingCall>> lines = [];
    private readonly Dictionary<string, List<WaitingCall>> byLastAgent = new(StringComparer.Ordinal);

    public WaitingCalls()
    {
    }

    public WaitingCalls(IEnumerable<WaitingCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        foreach (var call in calls)
        {
            Add(call);
        }
    }

    public int Count => byId.Count;

    public IEnumerable<WaitingCall> All => byId.Values;

    public bool Contains(string callId) => byId.ContainsKey(callId);

    /// <summary>Queues a caller. To move one to another queue (overflow), remove them and add them with the new queue and the same <see cref="WaitingCall.EnqueuedAt"/>.</summary>
    /// <exception cref="ArgumentException">A call with the same id already waits.</exception>
    public void Add(WaitingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!byId.TryAdd(call.CallId, call))
        {
            throw new ArgumentException($"Call {call.CallId} is already waiting.", nameof(call));
        }
        var key = WaitingLineKey.Of(call);
        if (!lines.TryGetValue(key, out var line))
        {
            line = [];
            lines.Add(key, line);
        }
        var place = line.BinarySearch(call, ArrivalOrder.Instance);
        line.Insert(place < 0 ? ~place : place, call);
        if (call.LastAgent is not null)
        {
            if (!byLastAgent.TryGetValue(call.LastAgent, out var held))
            {
                held = [];
                byLastAgent.Add(call.LastAgent, held);
            }
            held.Add(call);
        }
    }

    /// <summary>Takes a caller out (connected, hung up, overflowed); false when they were not waiting.</summary>
    public bool Remove(string callId)
    {
        if (!byId.Remove(callId, out var call))
        {
            return false;
        }
        var key = WaitingLineKey.Of(call);
        var line = lines[key];
        line.RemoveAt(line.BinarySearch(call, ArrivalOrder.Instance));
        if (line.Count == 0)
        {
            lines.Remove(key);
        }
        if (call.LastAgent is not null)
        {
            var held = byLastAgent[call.LastAgent];
            held.Remove(call);
            if (held.Count == 0)
            {
                byLastAgent.Remove(call.LastAgent);
            }
        }
        return true;
    }

    internal IEnumerable<KeyValuePair<WaitingLineKey, List<WaitingCall>>> Lines => lines;

    internal List<WaitingCall>? CallsOfLastAgent(string extension) => byLastAgent.GetValueOrDefault(extension);

    /// <summary>Earliest queued first, ties by call id: within one queue and tier, the order routing serves them in.</summary>
    private sealed class ArrivalOrder : IComparer<WaitingCall>
    {
        public static readonly ArrivalOrder Instance = new();

        public int Compare(WaitingCall? x, WaitingCall? y)
        {
            var byTime = x!.EnqueuedAt.UtcTicks.CompareTo(y!.EnqueuedAt.UtcTicks);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.CallId, y.CallId);
        }
    }
}
