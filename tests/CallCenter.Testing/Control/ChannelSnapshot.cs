namespace CallCenter.Testing;

/// <summary>A channel as the fake holds it at one moment, including state ARI does not show (music on hold, bridge).</summary>
public sealed record ChannelSnapshot(
    string Id,
    string Name,
    string State,
    string CallerName,
    string CallerNumber,
    string ConnectedName,
    string ConnectedNumber,
    string Context,
    string Extension,
    long Priority,
    string AppName,
    string AppData,
    string Language,
    DateTimeOffset CreationTime,
    string? StasisApplication,
    string? BridgeId,
    string? MusicOnHoldClass,
    bool IsRingbackIndicated,
    bool IsOnHold,
    IReadOnlyDictionary<string, string> Variables);
