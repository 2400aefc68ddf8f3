namespace CallCenter.Core.Acd.Events;

/// <summary>
/// Where the call distributor tells the agent desktop and reports what happens. Publishing never waits for a
/// subscriber; each subscriber reads its own copy of the events, in the order they were published.
/// </summary>
public interface IAcdEventBus
{
    /// <summary>Hands the event to every subscriber without waiting for any of them.</summary>
    void Publish(AcdEvent acdEvent);

    /// <summary>
    /// Starts a subscription that buffers up to <paramref name="capacity"/> unread events. A subscriber that
    /// falls that far behind is dropped: its reading ends with <see cref="AcdSubscriberFellBehindException"/>.
    /// Dispose the subscription to stop.
    /// </summary>
    AcdSubscription Subscribe(string subscriber, int capacity = AcdSubscription.DefaultCapacity);
}
