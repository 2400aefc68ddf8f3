using System.Text.Json.Serialization;
using System.Text.Json;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A UserEvent raised from the dialplan or through ARI.</summary>
public sealed record ChannelUserevent : AriEvent
{
    public string Eventname { get; init; } = "";
    public Channel? Channel { get; init; }
    public Bridge? Bridge { get; init; }
    public Endpoint? Endpoint { get; init; }
    public JsonElement Userevent { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            if (Channel is not null)
            {
                yield return AriResourceKey.Channel(Channel.Id);
            }
            if (Bridge is not null)
            {
                yield return AriResourceKey.Bridge(Bridge.Id);
            }
            if (Endpoint is not null)
            {
                yield return AriResourceKey.Endpoint(Endpoint.Technology, Endpoint.Resource);
            }
        }
    }
}
