using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>
/// A channel or global variable was set. Asterisk sends many of these (RTP statistics, BRIDGEPEER, ...).
/// </summary>
public sealed record ChannelVarset : AriEvent
{
    public string Variable { get; init; } = "";
    public string Value { get; init; } = "";
    public Channel? Channel { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            if (Channel is not null)
            {
                yield return AriResourceKey.Channel(Channel.Id);
            }
        }
    }
}
