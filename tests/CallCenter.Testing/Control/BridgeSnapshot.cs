namespace CallCenter.Testing;

/// <summary>A bridge as the fake holds it at one moment.</summary>
public sealed record BridgeSnapshot(
    string Id,
    string Name,
    string BridgeType,
    string Technology,
    IReadOnlyList<string> ChannelIds,
    string? MusicOnHoldClass,
    DateTimeOffset CreationTime);
