namespace CallCenter.Core.Acd.Routing;

/// <summary>Calls in the order they are served, read one at a time while routing merges all sources by priority.</summary>
internal abstract class CallSource
{
    /// <summary>The call to serve next, valid after <see cref="TryNext"/> returned true.</summary>
    public RankedCall Head { get; protected set; }

    /// <summary>The agent to offer <see cref="Head"/> to, or -1 when no free agent fits it.</summary>
    public abstract int AgentForHead();

    /// <summary>Moves on to the next call that may still be routed; false when there is none.</summary>
    public abstract bool TryNext();
}
