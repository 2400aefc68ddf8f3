namespace CallCenter.Ari.Events;

/// <summary>
/// Asterisk's answer to a websocket request that lacked required parameters. It is a message, not an event, so it
/// carries no application or timestamp.
/// </summary>
public sealed record MissingParams : AriEvent
{
    public IReadOnlyList<string> Params { get; init; } = [];
}
