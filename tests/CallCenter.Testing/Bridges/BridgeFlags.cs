namespace CallCenter.Testing.Bridges;

/// <summary>The comma-separated words of the bridge "type" parameter.</summary>
[Flags]
internal enum BridgeFlags
{
    None = 0,
    Mixing = 1,
    Holding = 2,
    DtmfEvents = 4,
    ProxyMedia = 8,
    VideoSfu = 16,
    VideoSingle = 32,
    SdpLabel = 64,
}
