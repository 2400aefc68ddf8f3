using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>An attended transfer joined two calls; the destination fields say where the parties ended up.</summary>
public sealed record BridgeAttendedTransfer : AriEvent
{
    public Channel TransfererFirstLeg { get; init; } = new();
    public Channel TransfererSecondLeg { get; init; } = new();
    public Channel? ReplaceChannel { get; init; }
    public Channel? Transferee { get; init; }
    public Channel? TransferTarget { get; init; }
    public string Result { get; init; } = "";
    public bool IsExternal { get; init; }
    public Bridge? TransfererFirstLegBridge { get; init; }
    public Bridge? TransfererSecondLegBridge { get; init; }

    /// <summary>bridge, application, link, threeway or fail: which destination fields are set.</summary>
    public string DestinationType { get; init; } = "";
    public string? DestinationBridge { get; init; }
    public string? DestinationApplication { get; init; }
    public Channel? DestinationLinkFirstLeg { get; init; }
    public Channel? DestinationLinkSecondLeg { get; init; }
    public Channel? DestinationThreewayChannel { get; init; }
    public Bridge? DestinationThreewayBridge { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => NamedResources().Distinct();

    private IEnumerable<AriResourceKey> NamedResources()
    {
        yield return AriResourceKey.Channel(TransfererFirstLeg.Id);
        yield return AriResourceKey.Channel(TransfererSecondLeg.Id);
        if (ReplaceChannel is not null)
        {
            yield return AriResourceKey.Channel(ReplaceChannel.Id);
        }
        if (Transferee is not null)
        {
            yield return AriResourceKey.Channel(Transferee.Id);
        }
        if (TransferTarget is not null)
        {
            yield return AriResourceKey.Channel(TransferTarget.Id);
        }
        if (DestinationLinkFirstLeg is not null)
        {
            yield return AriResourceKey.Channel(DestinationLinkFirstLeg.Id);
        }
        if (DestinationLinkSecondLeg is not null)
        {
            yield return AriResourceKey.Channel(DestinationLinkSecondLeg.Id);
        }
        if (DestinationThreewayChannel is not null)
        {
            yield return AriResourceKey.Channel(DestinationThreewayChannel.Id);
        }
        if (TransfererFirstLegBridge is not null)
        {
            yield return AriResourceKey.Bridge(TransfererFirstLegBridge.Id);
        }
        if (TransfererSecondLegBridge is not null)
        {
            yield return AriResourceKey.Bridge(TransfererSecondLegBridge.Id);
        }
        if (!string.IsNullOrEmpty(DestinationBridge))
        {
            yield return AriResourceKey.Bridge(DestinationBridge);
        }
        if (DestinationThreewayBridge is not null)
        {
            yield return AriResourceKey.Bridge(DestinationThreewayBridge.Id);
        }
    }
}
