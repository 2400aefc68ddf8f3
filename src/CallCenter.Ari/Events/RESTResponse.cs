namespace CallCenter.Ari.Events;

/// <summary>The answer to a REST request sent over the websocket.</summary>
public sealed record RESTResponse : AriEvent
{
    public string TransactionId { get; init; } = "";

    /// <summary>Matches the request_id of the request this answers.</summary>
    public string RequestId { get; init; } = "";
    public int StatusCode { get; init; }
    public string ReasonPhrase { get; init; } = "";
    public string Uri { get; init; } = "";
    public string? ContentType { get; init; }
    public string? MessageBody { get; init; }
}
