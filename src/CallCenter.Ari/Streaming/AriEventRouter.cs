using System.Collections.Concurrent;
using CallCenter.Ari.Events;
using Microsoft.Extensions.Logging;

namespace CallCenter.Ari.Streaming;

/// <summary>
/// Sends each event to the sinks that registered one of the resources it names. Owners register a
/// resource before asking Asterisk to create it (we choose the ids), so no event can slip past.
/// Events nobody owns go to the fallback, which is how a new call's StasisStart finds its way in.
/// </summary>
public sealed class AriEventRouter : IAriEventDispatcher
{
    private readonly ConcurrentDictionary<AriResourceKey, IAriEventSink> owners = new();
    private readonly ILogger logger;
    private Action<AriEvent> unrouted;

    public AriEventRouter(ILogger<AriEventRouter> logger)
    {
        this.logger = logger;
        unrouted = e => this.logger.LogDebug("No owner for {EventType}", e.Type);
    }

    /// <summary>Receives events that concern no registered resource. Called on the reader: must not block.</summary>
    public void OnUnrouted(Action<AriEvent> handler) => unrouted = handler;

    public int RegisteredCount => owners.Count;

    /// <summary>Claims a resource for a sink; false when another sink already owns it.</summary>
    public bool Register(AriResourceKey key, IAriEventSink sink) =>
        owners.TryAdd(key, sink) || ReferenceEquals(owners.GetValueOrDefault(key), sink);

    /// <summary>Gives a resource up, only if it is still this sink's.</summary>
    public void Unregister(AriResourceKey key, IAriEventSink sink) =>
        owners.TryRemove(new KeyValuePair<AriResourceKey, IAriEventSink>(key, sink));

    public bool IsRegistered(AriResourceKey key) => owners.ContainsKey(key);

    public void Dispatch(AriEvent ariEvent)
    {
        IAriEventSink? first = null;
        List<IAriEventSink>? more = null;
        foreach (var key in ariEvent.ResourceKeys)
        {
            if (!owners.TryGetValue(key, out var sink) || ReferenceEquals(sink, first) || (more?.Contains(sink) ?? false))
            {
                continue;
            }
            if (first is null)
            {
                first = sink;
            }
            else
            {
                (more ??= []).Add(sink);
            }
        }

        if (first is null)
        {
            unrouted(ariEvent);
            return;
        }
        Deliver(first, ariEvent);
        if (more is not null)
        {
            foreach (var sink in more)
            {
                Deliver(sink, ariEvent);
            }
        }
    }

    private void Deliver(IAriEventSink sink, AriEvent ariEvent)
    {
        if (!sink.TryDeliver(ariEvent))
        {
            // A closed mailbox is a call that just ended; an overflowing one has already logged loudly.
            logger.LogDebug("{EventType} not delivered: its owner no longer takes events", ariEvent.Type);
        }
    }
}
