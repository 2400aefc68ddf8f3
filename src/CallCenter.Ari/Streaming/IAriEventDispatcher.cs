using CallCenter.Ari.Events;

namespace CallCenter.Ari.Streaming;

/// <summary>Where the websocket reader hands every decoded event. Must never block.</summary>
public interface IAriEventDispatcher
{
    void Dispatch(AriEvent ariEvent);
}
