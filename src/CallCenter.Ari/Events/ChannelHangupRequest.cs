using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>
/// A hangup was requested for a channel. A DELETE /channels shows up as cause 32 with soft set: an internal flag,
/// not a Q.850 reason.
/// </summary>
public sealed record ChannelHangupRequest : AriEvent
{
    public int? Cause { get; init; }
    public int? TechCause { get; init; }

    /// <summary>Set when the hangup was asked for, not yet done (DELETE /channels is always soft).</summary>
    public bool? Soft { get; init; }
    public Channel Channel { get; init; } = new();

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys => [AriResourceKey.Channel(Channel.Id)];
}
