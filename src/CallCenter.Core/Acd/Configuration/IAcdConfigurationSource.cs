namespace CallCenter.Core.Acd.Configuration;

/// <summary>The queues and agents in force, kept live: the call distributor reads <see cref="Current"/> and follows <see cref="Changed"/>.</summary>
public interface IAcdConfigurationSource
{
    /// <summary>The configuration now in force; without queues when no valid queue file has been read yet.</summary>
    AcdConfiguration Current { get; }

    /// <summary>
    /// Raised with the new configuration once a changed queue file is valid and has gone live; never for a refused
    /// one. It comes on the thread that looked at the file: a subscriber that owns state (the distributor's loop)
    /// posts it to itself rather than acting on it there.
    /// </summary>
    event EventHandler<AcdConfiguration>? Changed;
}
