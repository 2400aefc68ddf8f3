namespace CallCenter.Core.Acd.Routing;

/// <summary>
/// Calls that share an agent pool and a weight, in the order they are served. A line never serves more calls than
/// there are free agents, so it keeps only that many of its best and lets the rest go: given calls in
/// <see cref="WaitingCall.EnqueuedAt"/> order, as the distributor keeps its queues, a line is full after its first
/// calls and every later one costs one comparison; in any other order it is sorted and cut back now and then.
/// </summary>
internal sealed class CallLine(AgentPool pool, int servable)
{
    private readonly List<RankedCall> calls = [];
    private bool inOrder = true;
    private int head;

    public AgentPool Pool { get; } = pool;

    public RankedCall Head => calls[head];

    public bool HasCalls => head < calls.Count;

    public void Add(RankedCall call)
    {
        if (inOrder && calls.Count > 0 && RankedCall.Compare(calls[^1], call) > 0)
        {
            inOrder = false;
        }
        else if (inOrder && calls.Count >= servable)
        {
            return;
        }
        calls.Add(call);
        if (calls.Count >= 2 * servable)
        {
            PutInOrder();
        }
    }

    public void PutInOrder()
    {
        if (!inOrder)
        {
            calls.Sort(RankedCall.FirstServed);
            inOrder = true;
        }
        if (calls.Count > servable)
        {
            calls.RemoveRange(servable, calls.Count - servable);
        }
    }

    public void Next() => head++;
}
