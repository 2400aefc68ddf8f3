namespace CallCenter.Ari.Models;

/// <summary>Where a transfer (a SIP REFER) asks the call to go.</summary>
public sealed record ReferTo
{
    public RequiredDestination RequestedDestination { get; init; } = new();
    public Channel? DestinationChannel { get; init; }
    public Channel? ConnectedChannel { get; init; }
    public Bridge? Bridge { get; init; }
}
