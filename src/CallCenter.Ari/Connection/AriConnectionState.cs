namespace CallCenter.Ari.Connection;

public enum AriConnectionState
{
    /// <summary>Not started yet, or trying for the first time.</summary>
    Connecting,
    Connected,

    /// <summary>Was connected, lost the websocket, and is trying again with backoff.</summary>
    Reconnecting,
    Stopped,
}
