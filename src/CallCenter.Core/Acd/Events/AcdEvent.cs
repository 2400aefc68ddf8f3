namespace CallCenter.Core.Acd.Events;

/// <summary>Something the call distributor did or saw, at <paramref name="At"/>, for the agent desktop and reports.</summary>
public abstract record AcdEvent(DateTimeOffset At);
