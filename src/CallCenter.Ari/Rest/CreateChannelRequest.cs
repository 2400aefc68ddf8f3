namespace CallCenter.Ari.Rest;

/// <summary>
/// POST /channels/create: a channel that enters <see cref="App"/> at once and is dialed later with
/// POST /channels/{id}/dial, so Dial events report how the call went (BUSY, NOANSWER, ...).
/// </summary>
public sealed record CreateChannelRequest(string Endpoint, string App)
{
    public string? ChannelId { get; init; }
    public IReadOnlyList<string>? AppArgs { get; init; }
    public string? OtherChannelId { get; init; }
    public string? Originator { get; init; }
    public string? Formats { get; init; }
    public IReadOnlyDictionary<string, string>? Variables { get; init; }

    internal AriQuery ToQuery() => new AriQuery()
        .Add("endpoint", Endpoint)
        .Add("app", App)
        .Add("appArgs", AppArgs)
        .Add("channelId", ChannelId)
        .Add("otherChannelId", OtherChannelId)
        .Add("originator", Originator)
        .Add("formats", Formats);
}
