namespace CallCenter.Ari.Events;

/// <summary>A resource an event concerns; events find their subscriber by these keys.</summary>
public readonly record struct AriResourceKey(AriResourceKind Kind, string Id)
{
    public static AriResourceKey Channel(string id) => new(AriResourceKind.Channel, id);
    public static AriResourceKey Bridge(string id) => new(AriResourceKind.Bridge, id);
    public static AriResourceKey Playback(string id) => new(AriResourceKind.Playback, id);
    public static AriResourceKey Recording(string name) => new(AriResourceKind.Recording, name);
    public static AriResourceKey Endpoint(string technology, string resource) => new(AriResourceKind.Endpoint, $"{technology}/{resource}");
    public static AriResourceKey DeviceState(string name) => new(AriResourceKind.DeviceState, name);

    /// <summary>A playback or recording first, then the channel or bridge it plays to or records.</summary>
    public static IEnumerable<AriResourceKey> WithTarget(AriResourceKey media, string? targetUri) =>
        FromTargetUri(targetUri) is { } target ? [media, target] : [media];

    /// <summary>Parses a playback or recording target such as "channel:123.4" or "bridge:b-1".</summary>
    public static AriResourceKey? FromTargetUri(string? targetUri)
    {
        if (string.IsNullOrEmpty(targetUri))
        {
            return null;
        }
        var colon = targetUri.IndexOf(':');
        if (colon <= 0 || colon == targetUri.Length - 1)
        {
            return null;
        }
        var id = targetUri[(colon + 1)..];
        return targetUri[..colon] switch
        {
            "channel" => Channel(id),
            "bridge" => Bridge(id),
            "endpoint" => new AriResourceKey(AriResourceKind.Endpoint, id),
            "deviceState" => DeviceState(id),
            _ => null,
        };
    }

    public override string ToString() => $"{Kind}:{Id}";
}
