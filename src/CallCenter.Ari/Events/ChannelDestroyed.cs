using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel is gone. The cause says why; for SIP the tech cause is the response code (486 for busy).</summary>
public sealed record ChannelDestroyed : AriEvent
{
    /// <summary>Q.850 cause: 16 normal clearing, 17 user busy, 19 no answer, 0 unknown.</summary>
    public int Cause { get; init; }
    public string CauseTxt { get; init; } = "";

    /// <summary>The channel technology's own code: the SIP response code for PJSIP.</summary>
    public int? TechCause { get; init; }
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
