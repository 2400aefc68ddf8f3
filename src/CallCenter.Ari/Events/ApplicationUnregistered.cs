namespace CallCenter.Ari.Events;

/// <summary>This application was unregistered from Asterisk.</summary>
public sealed record ApplicationUnregistered : AriEvent
{
}
