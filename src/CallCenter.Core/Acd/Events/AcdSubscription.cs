using System.Threading.Channels;

namespace CallCenter.Core.Acd.Events;

/// <summary>One subscriber's events from the <see cref="IAcdEventBus"/>, in publish order. Dispose to stop.</summary>
public sealed class AcdSubscription : IDisposable
{
    public const int DefaultCapacity = 1024;

    private readonly Channel<AcdEvent> channel;
    private readonly Action<AcdSubscription> unsubscribe;

    internal AcdSubscription(string subscriber, int capacity, Action<AcdSubscription> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Subscriber = subscriber;
        Capacity = capacity;
        this.unsubscribe = unsubscribe;
        channel = Channel.CreateBounded<AcdEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>Who subscribed, for the warning when they are dropped.</summary>
    public string Subscriber { get; }

    public int Capacity { get; }

    public ChannelReader<AcdEvent> Events => channel.Reader;

    /// <summary>The events until the subscription is disposed; throws <see cref="AcdSubscriberFellBehindException"/> if it was dropped.</summary>
    public IAsyncEnumerable<AcdEvent> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

    public void Dispose()
    {
        unsubscribe(this);
        channel.Writer.TryComplete();
    }

    internal bool TryDeliver(AcdEvent acdEvent) => channel.Writer.TryWrite(acdEvent);

    internal void Drop() =>
        channel.Writer.TryComplete(new AcdSubscriberFellBehindException(
            $"Subscriber '{Subscriber}' left {Capacity} ACD events unread and was dropped; subscribe again and start from a fresh snapshot."));
}
