using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A transfer was requested on a channel (a SIP REFER).</summary>
public sealed record ChannelTransfer : AriEvent
{
    public string? State { get; init; }
    public ReferTo ReferTo { get; init; } = new();
    public ReferredBy ReferredBy { get; init; } = new();

    /// <summary>The channel that sent the REFER comes first: the transfer is its call's business.</summary>
    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => NamedResources().Distinct();

    private IEnumerable<AriResourceKey> NamedResources()
    {
        yield return AriResourceKey.Channel(ReferredBy.SourceChannel.Id);
        if (ReferredBy.ConnectedChannel is not null)
        {
            yield return AriResourceKey.Channel(ReferredBy.ConnectedChannel.Id);
        }
        if (ReferTo.DestinationChannel is not null)
        {
            yield return AriResourceKey.Channel(ReferTo.DestinationChannel.Id);
        }
        if (ReferTo.ConnectedChannel is not null)
        {
            yield return AriResourceKey.Channel(ReferTo.ConnectedChannel.Id);
        }
        if (ReferredBy.Bridge is not null)
        {
            yield return AriResourceKey.Bridge(ReferredBy.Bridge.Id);
        }
        if (ReferTo.Bridge is not null)
        {
            yield return AriResourceKey.Bridge(ReferTo.Bridge.Id);
        }
    }
}
