namespace CallCenter.Server.Web.Cti;

/// <summary>The CTI API for other systems ("Cti" section).</summary>
public sealed class CtiOptions
{
    public const string SectionName = "Cti";

    /// <summary>
    /// The keys that may use the API, by name and SHA-256 hash (`CallCenter.Server apikey new NAME` makes one).
    /// Default none: every API call is refused until a key is added.
    /// </summary>
    public List<CtiApiKey> ApiKeys { get; set; } = [];

    /// <summary>
    /// How often the event stream pings an idle client, so proxies keep the connection and a dead client is noticed.
    /// Default 30 seconds.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Events an event-stream client may leave unread before it is told to resync and disconnected. Default 1024.
    /// </summary>
    public int EventBuffer { get; set; } = 1024;
}
