namespace CallCenter.Core.Acd.Routing;

/// <summary>A waiting call with its priority at the moment of routing.</summary>
internal readonly record struct RankedCall(WaitingCall Call, double Priority, long WaitedTicks)
{
    public static readonly IComparer<RankedCall> FirstServed = Comparer<RankedCall>.Create(static (a, b) => Compare(in a, in b));

    /// <summary>Higher priority first, then the longer wait, then the call id so that the order never depends on input order.</summary>
    public static int Compare(in RankedCall a, in RankedCall b)
    {
        var byPriority = b.Priority.CompareTo(a.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }
        var byWait = b.WaitedTicks.CompareTo(a.WaitedTicks);
        return byWait != 0 ? byWait : string.CompareOrdinal(a.Call.CallId, b.Call.CallId);
    }
}
