using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Acd.Events;

/// <summary>
/// The in-process <see cref="IAcdEventBus"/>. Each subscriber has its own bounded buffer, so one that reads
/// slowly (or has stopped, having failed) never delays the distributor or the others: once its buffer is
/// full it is dropped with a warning rather than silently skipping events, since a desktop that misses an
/// agent's state change would show it wrong from then on. Publishing is serialised so every subscriber sees
/// the same order even when more than one loop publishes.
/// </summary>
public sealed class AcdEventBus(ILogger<AcdEventBus> logger) : IAcdEventBus
{
    private readonly Lock gate = new();
    private AcdSubscription[] subscriptions = [];

    public void Publish(AcdEvent acdEvent)
    {
        ArgumentNullException.ThrowIfNull(acdEvent);
        List<AcdSubscription>? dropped = null;
        lock (gate)
        {
            foreach (var subscription in subscriptions)
            {
                if (!subscription.TryDeliver(acdEvent))
                {
                    (dropped ??= []).Add(subscription);
                }
            }
            if (dropped is not null)
            {
                subscriptions = [.. subscriptions.Except(dropped)];
            }
        }
        foreach (var subscription in dropped ?? [])
        {
            subscription.Drop();
            logger.LogWarning(
                "ACD event subscriber {Subscriber} left {Capacity} events unread and was dropped; it must subscribe again",
                subscription.Subscriber,
                subscription.Capacity);
        }
    }

    public AcdSubscription Subscribe(string subscriber, int capacity = AcdSubscription.DefaultCapacity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriber);
        var subscription = new AcdSubscription(subscriber, capacity, Unsubscribe);
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
        }
        return subscription;
    }

    private void Unsubscribe(AcdSubscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(s => s != subscription)];
        }
    }
}
