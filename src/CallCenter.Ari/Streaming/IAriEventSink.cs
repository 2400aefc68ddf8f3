using CallCenter.Ari.Events;

namespace CallCenter.Ari.Streaming;

/// <summary>Whoever owns some resources (a call) and takes the events that concern them.</summary>
public interface IAriEventSink
{
    /// <summary>Takes the event without blocking; false when it cannot (closed or overflowing).</summary>
    bool TryDeliver(AriEvent ariEvent);
}
