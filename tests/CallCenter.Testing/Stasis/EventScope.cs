using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Endpoints;

namespace CallCenter.Testing.Stasis;

/// <summary>Which topics an event is published on, which decides the applications that receive it.</summary>
internal readonly record struct EventScope
{
    public PbxChannel? Channel { get; init; }

    public PbxChannel? OtherChannel { get; init; }

    public PbxBridge? Bridge { get; init; }

    /// <summary>Published on the bridge topic only (BridgeDestroyed, bridge playbacks).</summary>
    public bool BridgeOnly { get; init; }

    public string? DeviceName { get; init; }

    public PbxEndpoint? Endpoint { get; init; }

    /// <summary>Sent to this one application directly (StasisStart, StasisEnd, ApplicationMoveFailed).</summary>
    public string? Application { get; init; }

    public static EventScope OfChannel(PbxChannel channel, PbxChannel? other = null) => new() { Channel = channel, OtherChannel = other };

    public static EventScope OfBridgeChannel(PbxBridge bridge, PbxChannel channel) => new() { Bridge = bridge, Channel = channel };

    public static EventScope OfBridge(PbxBridge bridge) => new() { Bridge = bridge, BridgeOnly = true };

    public static EventScope OfDevice(string name) => new() { DeviceName = name };

    public static EventScope OfEndpoint(PbxEndpoint endpoint) => new() { Endpoint = endpoint };

    public static EventScope ToApplication(string application, PbxChannel? channel = null) => new() { Application = application, Channel = channel };
}
