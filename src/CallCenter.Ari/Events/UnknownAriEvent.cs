namespace CallCenter.Ari.Events;

/// <summary>An event type this client does not know (a newer Asterisk): kept whole so nothing is lost.</summary>
public sealed record UnknownAriEvent : AriEvent
{
    public string RawJson { get; init; } = "";
}
