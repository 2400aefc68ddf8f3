using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>
/// Progress of a dial. The dial status is empty while it starts, then RINGING, ANSWER, BUSY, NOANSWER and so on;
/// the peer is the channel being dialled.
/// </summary>
public sealed record Dial : AriEvent
{
    public Channel? Caller { get; init; }
    public Channel Peer { get; init; } = new();
    public string? Forward { get; init; }
    public Channel? Forwarded { get; init; }
    public string? Dialstring { get; init; }

    /// <summary>Empty at the start of the dial; RINGING, ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION or CHANUNAVAIL after.</summary>
    public string Dialstatus { get; init; } = "";

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            yield return AriResourceKey.Channel(Peer.Id);
            if (Caller is not null)
            {
                yield return AriResourceKey.Channel(Caller.Id);
            }
            if (Forwarded is not null)
            {
                yield return AriResourceKey.Channel(Forwarded.Id);
            }
        }
    }
}
