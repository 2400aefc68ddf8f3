using System.Collections.Concurrent;
using System.Collections.Immutable;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Customers;

namespace CallCenter.Server.Web.Desk;

/// <summary>
/// The one reader of the ACD event bus for every agent desktop: hands each agent's events to the desktops open for
/// that agent (an agent may have two tabs) and, when a call is offered to an agent someone watches, builds its screen
/// pop once and hands it to all of them. Falling behind the bus only makes it subscribe again and tell the desktops
/// to read their state afresh.
/// </summary>
public sealed class DeskEvents(IAcdEventBus bus, ScreenPopBuilder pops, TimeProvider time, ILogger<DeskEvents> logger) : IHostedService, IAsyncDisposable
{
    public const string SubscriberName = "agent desktops";

    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, ScreenPop> lastPops = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> offeredTo = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, ImmutableArray<IDeskWatcher>> watchers = ImmutableDictionary.Create<string, ImmutableArray<IDeskWatcher>>(StringComparer.Ordinal);
    private AcdSubscription? subscription;
    private Task loop = Task.CompletedTask;
    private int disposed;

    /// <summary>Subscribes before returning, so nothing published after the host started is missed.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = bus.Subscribe(SubscriberName);
        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        _ = Task.Run(() => WarmUpAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops reading; safe to call more than once (a container disposes it under each name it is registered by).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        subscription?.Dispose();
        stopping.Dispose();
    }

    /// <summary>Starts handing <paramref name="extension"/>'s events to <paramref name="watcher"/>; dispose the result to stop.</summary>
    public IDisposable Watch(string extension, IDeskWatcher watcher)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentNullException.ThrowIfNull(watcher);
        lock (gate)
        {
            watchers = watchers.SetItem(extension, watchers.GetValueOrDefault(extension, []).Add(watcher));
        }
        return new Unwatch(this, extension, watcher);
    }

    /// <summary>How many desktops follow the agent.</summary>
    public int WatcherCount(string extension) => watchers.GetValueOrDefault(extension, []).Length;

    /// <summary>The pop of the last call offered to the agent while a desktop was open, for a tab opened (or reloaded) since.</summary>
    public ScreenPop? LastPop(string extension) => lastPops.GetValueOrDefault(extension);

    /// <summary>The agent captured or found the caller's customer: every desktop of theirs shows the pop with that customer.</summary>
    public async Task<ScreenPop> IdentifiedAsync(ScreenPop pop, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pop);
        var updated = await pops.ForCustomerAsync(pop, customer, cancellationToken).ConfigureAwait(false);
        if (lastPops.TryGetValue(pop.Agent, out var last) && last.CallId == pop.CallId)
        {
            lastPops[pop.Agent] = updated;
        }
        Deliver(pop.Agent, w => w.OnPopAsync(updated));
        return updated;
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await pops.WarmUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "Warming up the screen pop's reads failed; the first pop will be slower");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var acdEvent in subscription!.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    Dispatch(acdEvent, cancellationToken);
                }
                return;
            }
            catch (AcdSubscriberFellBehindException)
            {
                logger.LogWarning("The agent desktops fell behind the ACD events; subscribing again and refreshing every desktop");
                subscription?.Dispose();
                subscription = bus.Subscribe(SubscriberName);
                foreach (var extension in watchers.Keys)
                {
                    Deliver(extension, w => w.OnResyncAsync());
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Dispatch(AcdEvent acdEvent, CancellationToken cancellationToken)
    {
        switch (acdEvent)
        {
            case CallOffered offered:
                offeredTo[offered.CallId] = offered.Agent;
                Deliver(offered.Agent, w => w.OnEventAsync(offered));
                if (WatcherCount(offered.Agent) > 0)
                {
                    _ = PopAsync(offered, cancellationToken);
                }
                break;
            case AgentStateChanged changed:
                Deliver(changed.Agent, w => w.OnEventAsync(changed));
                break;
            case CallConnected connected:
                Deliver(connected.Agent, w => w.OnEventAsync(connected));
                break;
            case CallEnded ended:
                // A caller who hangs up while the agent's phone rings ends with no agent named: the one rung hears of it.
                offeredTo.TryRemove(ended.CallId, out var rung);
                if ((ended.Agent ?? rung) is { } agent)
                {
                    Deliver(agent, w => w.OnEventAsync(ended));
                }
                break;
        }
    }

    private async Task PopAsync(CallOffered offered, CancellationToken cancellationToken)
    {
        try
        {
            var pop = await pops.BuildAsync(offered, cancellationToken).ConfigureAwait(false);
            pop = pop with { PushedAt = time.GetUtcNow() };
            lastPops[offered.Agent] = pop;
            Deliver(offered.Agent, w => w.OnPopAsync(pop));
            logger.LogInformation(
                "Screen pop of call {CallId} handed to agent {Agent} {PopMilliseconds} ms after the offer",
                offered.CallId,
                offered.Agent,
                (pop.PushedAt - offered.At).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The screen pop of call {CallId} for agent {Agent} failed", offered.CallId, offered.Agent);
        }
    }

    private void Deliver(string extension, Func<IDeskWatcher, Task> handOver)
    {
        foreach (var watcher in watchers.GetValueOrDefault(extension, []))
        {
            Task handed;
            try
            {
                handed = handOver(watcher);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A desktop of agent {Agent} failed to take an update", extension);
                continue;
            }
            _ = handed.ContinueWith(
                t => logger.LogWarning(t.Exception, "A desktop of agent {Agent} failed to take an update", extension),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private void Remove(string extension, IDeskWatcher watcher)
    {
        lock (gate)
        {
            var remaining = watchers.GetValueOrDefault(extension, []).Remove(watcher);
            watchers = remaining.IsEmpty ? watchers.Remove(extension) : watchers.SetItem(extension, remaining);
        }
    }

    private sealed class Unwatch(DeskEvents events, string extension, IDeskWatcher watcher) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                events.Remove(extension, watcher);
            }
        }
    }
}
