namespace CallCenter.Ari.Models;

/// <summary>Who asked for a transfer (a SIP REFER).</summary>
public sealed record ReferredBy
{
    public Channel SourceChannel { get; init; } = new();
    public Channel? ConnectedChannel { get; init; }
    public Bridge? Bridge { get; init; }
}
