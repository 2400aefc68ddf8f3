using CallCenter.Core.Acd.Events;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>
/// One page's own subscription to the <see cref="IAcdEventBus"/>: hands it the events in batches (all that arrived
/// while it was busy with the last batch, so a burst costs one refresh), and when the bus drops it for falling
/// behind subscribes again and hands it an empty batch, meaning "you missed some: start from a fresh picture".
/// Dispose to stop.
/// </summary>
public sealed partial class AcdFeed : IAsyncDisposable
{
    private readonly IAcdEventBus bus;
    private readonly string subscriber;
    private readonly int capacity;
    private readonly Func<IReadOnlyList<AcdEvent>, Task> onEvents;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task loop = Task.CompletedTask;

    private AcdFeed(IAcdEventBus bus, string subscriber, int capacity, Func<IReadOnlyList<AcdEvent>, Task> onEvents, ILogger logger)
    {
        this.bus = bus;
        this.subscriber = subscriber;
        this.capacity = capacity;
        this.onEvents = onEvents;
        this.logger = logger;
    }

    public static AcdFeed Start(IAcdEventBus bus, string subscriber, Func<IReadOnlyList<AcdEvent>, Task> onEvents, ILogger logger, int capacity = AcdSubscription.DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(onEvents);
        ArgumentNullException.ThrowIfNull(logger);
        var feed = new AcdFeed(bus, subscriber, capacity, onEvents, logger);
        feed.loop = Task.Run(feed.RunAsync);
        return feed;
    }

    /// <summary>Completes once the first subscription is in place: events published from then on reach the page.</summary>
    public Task Subscribed => subscribed.Task;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var token = stopping.Token;
        var subscription = bus.Subscribe(subscriber, capacity);
        subscribed.TrySetResult();
        try
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    while (await subscription.Events.WaitToReadAsync(token).ConfigureAwait(false))
                    {
                        var batch = new List<AcdEvent>();
                        while (subscription.Events.TryRead(out var next))
                        {
                            batch.Add(next);
                        }
                        await onEvents(batch).ConfigureAwait(false);
                    }
                    return;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (AcdSubscriberFellBehindException)
                {
                    LogResubscribing(logger, subscriber);
                }
                catch (Exception exception)
                {
                    // The page's handler failed; the feed keeps going so the board does not freeze on one bad refresh.
                    LogHandlerFailed(logger, exception, subscriber);
                }
                // Subscribed again before the page reads its fresh picture, so nothing falls between the two.
                subscription.Dispose();
                subscription = bus.Subscribe(subscriber, capacity);
                await StartOverAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            subscription.Dispose();
        }
    }

    private async Task StartOverAsync()
    {
        try
        {
            await onEvents([]).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogHandlerFailed(logger, exception, subscriber);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Subscriber} fell behind the ACD events and subscribes again")]
    private static partial void LogResubscribing(ILogger logger, string subscriber);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Subscriber} failed to handle ACD events; it subscribes again")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string subscriber);
}
