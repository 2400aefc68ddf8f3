namespace CallCenter.Core.Acd.Configuration;

/// <summary>The queues and agents in force, kept live: the call distributor reads <see cref="Current"/> and follows <see cref="Changed"/>.</summary>
public interface IAcdConfigurationSource
{
    /// <summary>The configuration now in force; without queues when no valid queue file has been read yet.</summary>
    AcdConfiguration Current { get; }

    /// <summary>Raised with the new configuration once a changed queue file is valid and has gone live; never for a refused one.</summary>
    event EventHandler<AcdConfiguration>? Changed;
}
