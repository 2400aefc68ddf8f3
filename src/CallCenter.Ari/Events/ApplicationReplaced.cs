namespace CallCenter.Ari.Events;

/// <summary>Another websocket took over this application's name: this connection gets no more events.</summary>
public sealed record ApplicationReplaced : AriEvent
{
}
