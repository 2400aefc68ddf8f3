using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A DTMF digit ended on a channel.</summary>
public sealed record ChannelDtmfReceived : AriEvent
{
    /// <summary>0-9, *, #, A-D.</summary>
    public string Digit { get; init; } = "";
    public int DurationMs { get; init; }
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
