using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel in a bridge was blind-transferred to a dialplan extension.</summary>
public sealed record BridgeBlindTransfer : AriEvent
{
    public Channel Channel { get; init; } = new();
    public Channel? ReplaceChannel { get; init; }
    public Channel? Transferee { get; init; }
    public string Exten { get; init; } = "";
    public string Context { get; init; } = "";
    public string Result { get; init; } = "";
    public bool IsExternal { get; init; }
    public Bridge? Bridge { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => NamedResources().Distinct();

    private IEnumerable<AriResourceKey> NamedResources()
    {
        yield return AriResourceKey.Channel(Channel.Id);
        if (ReplaceChannel is not null)
        {
            yield return AriResourceKey.Channel(ReplaceChannel.Id);
        }
        if (Transferee is not null)
        {
            yield return AriResourceKey.Channel(Transferee.Id);
        }
        if (Bridge is not null)
        {
            yield return AriResourceKey.Bridge(Bridge.Id);
        }
    }
}
