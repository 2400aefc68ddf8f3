namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// Calls that share an agent pool and a weight, in the order they are served. Given calls in
/// <see cref="WaitingCall.EnqueuedAt"/> order, as the distributor keeps its queues, a line is in order as it fills
/// and is never sorted.
/// </summary>
internal sealed class CallLine(AgentPool pool)
{
    private readonly List<RankedCall> calls = [];
    private bool inOrder = true;
    private int head;

    public AgentPool Pool { get; } = pool;

    public RankedCall Head => calls[head];

    public bool HasCalls => head < calls.Count;

    public void Add(RankedCall call)
    {
        if (inOrder && calls.Count > 0 && RankedCall.FirstServed.Compare(calls[^1], call) > 0)
        {
            inOrder = false;
        }
        calls.Add(call);
    }

    public void PutInOrder()
    {
        if (!inOrder)
        {
            calls.Sort(RankedCall.FirstServed);
            inOrder = true;
        }
    }

    public void Next() => head++;
}
