namespace CallCenter.Ari.Rest;

/// <summary>
/// POST /channels: dial an endpoint and, on answer, put the channel into <see cref="App"/> (or the dialplan).
/// </summary>
public sealed record OriginateRequest(string Endpoint)
{
    /// <summary>Our own id for the new channel, so we can subscribe before its first event.</summary>
    public string? ChannelId { get; init; }
    public string? App { get; init; }
    public IReadOnlyList<string>? AppArgs { get; init; }
    public string? Extension { get; init; }
    public string? Context { get; init; }
    public long? Priority { get; init; }
    public string? Label { get; init; }

    /// <summary>Caller id shown to the called phone, e.g. "\"Alice\" &lt;+15551230001&gt;".</summary>
    public string? CallerId { get; init; }

    /// <summary>Seconds to ring before giving up; Asterisk's default is 30.</summary>
    public int? Timeout { get; init; }
    public string? OtherChannelId { get; init; }

    /// <summary>The channel this one is made for, so Asterisk links them (linkedid, codecs).</summary>
    public string? Originator { get; init; }
    public string? Formats { get; init; }
    public IReadOnlyDictionary<string, string>? Variables { get; init; }

    internal AriQuery ToQuery() => new AriQuery()
        .Add("endpoint", Endpoint)
        .Add("extension", Extension)
        .Add("context", Context)
        .Add("priority", Priority?.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("label", Label)
        .Add("app", App)
        .Add("appArgs", AppArgs)
        .Add("callerId", CallerId)
        .Add("timeout", Timeout)
        .Add("channelId", ChannelId)
        .Add("otherChannelId", OtherChannelId)
        .Add("originator", Originator)
        .Add("formats", Formats);
}
