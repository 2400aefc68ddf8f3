using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>One REST exchange of a trace (NAME.rest.jsonl): when it was sent, how long it took, what came back.</summary>
public sealed record TraceRestExchange(
    DateTimeOffset SentAt,
    TimeSpan Took,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    JsonNode? Body,
    int Status,
    JsonNode? Response);
