namespace CallCenter.Testing;

/// <summary>One HTTP request the fake served, as the application sent it (api_key values are masked).</summary>
/// <param name="Method">GET, POST, PUT or DELETE.</param>
/// <param name="Path">The path, e.g. "/ari/channels/1795357895.0/answer".</param>
/// <param name="Query">Query parameters; a repeated parameter is joined with commas.</param>
/// <param name="Body">The request body, or null when there was none.</param>
/// <param name="Status">The status code answered (101 for an accepted websocket), 0 while the request is still being served.</param>
/// <param name="ReceivedAt">When the request arrived, on the fake's clock.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? Body,
    int Status,
    DateTimeOffset ReceivedAt);
