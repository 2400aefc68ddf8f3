using System.Text.Json.Serialization;

namespace CallCenter.Ari.Events;

/// <summary>
/// A message from the ARI websocket. Each concrete record is named exactly as the ARI event type
/// it decodes, so the type name on the wire maps to the record by name.
/// </summary>
public abstract record AriEvent
{
    public string Type { get; init; } = "";
    public string Application { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public string? AsteriskId { get; init; }

    /// <summary>
    /// The resources this event concerns, most specific first (a playback before the channel it plays on),
    /// so a router can hand the event to whoever owns the first key it knows.
    /// </summary>
    [JsonIgnore]
    public virtual IEnumerable<AriResourceKey> ResourceKeys => [];
}
