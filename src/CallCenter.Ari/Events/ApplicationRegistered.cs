namespace CallCenter.Ari.Events;

/// <summary>This application was registered with Asterisk.</summary>
public sealed record ApplicationRegistered : AriEvent
{
}
