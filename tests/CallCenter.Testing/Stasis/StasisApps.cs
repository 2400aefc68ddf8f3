using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Stasis;

/// <summary>The Stasis applications Asterisk knows: registered ones have a websocket, others only subscriptions.</summary>
internal sealed class StasisApps
{
    private readonly Dictionary<string, StasisApplication> _apps = new(StringComparer.Ordinal);

    public IEnumerable<StasisApplication> All => _apps.Values;

    public StasisApplication GetOrAdd(string name)
    {
        if (!_apps.TryGetValue(name, out var app))
        {
            app = new StasisApplication(name);
            _apps[name] = app;
        }
        return app;
    }

    public StasisApplication? Find(string name) => _apps.GetValueOrDefault(name);

    /// <summary>Known to ARI: registered, or still holding subscriptions after its websocket went away.</summary>
    public StasisApplication? FindKnown(string name) =>
        _apps.TryGetValue(name, out var app) && (app.IsRegistered || app.Subscriptions.Any()) ? app : null;

    public bool IsRegistered(string name) => _apps.TryGetValue(name, out var app) && app.IsRegistered;

    public void Clear() => _apps.Clear();

    /// <summary>How many copies of an event an application receives: one per subscribed topic the event is published on.</summary>
    public static int Copies(StasisApplication app, EventScope scope)
    {
        if (scope.Application is not null)
        {
            return app.Name == scope.Application ? 1 : 0;
        }
        if (app.SubscribeAll)
        {
            return 1;
        }
        if (scope.DeviceName is not null)
        {
            return app.IsSubscribed(StasisApplication.DeviceKey(scope.DeviceName)) ? 1 : 0;
        }
        if (scope.Endpoint is not null)
        {
            return IsEndpointSubscribed(app, scope.Endpoint.Technology, scope.Endpoint.Resource) ? 1 : 0;
        }
        if (scope.Bridge is not null && scope.BridgeOnly)
        {
            return app.IsSubscribed(StasisApplication.BridgeKey(scope.Bridge.Id)) ? 1 : 0;
        }
        var channelTopic = IsChannelSubscribed(app, scope.Channel) || IsChannelSubscribed(app, scope.OtherChannel);
        if (scope.Bridge is not null)
        {
            return channelTopic || app.IsSubscribed(StasisApplication.BridgeKey(scope.Bridge.Id)) ? 1 : 0;
        }
        var copies = channelTopic ? 1 : 0;
        // Channel topics are also forwarded to their endpoint's topic, so an endpoint subscription doubles them.
        if (scope.Channel?.Endpoint is { } endpoint && IsEndpointSubscribed(app, endpoint.Technology, endpoint.Resource))
        {
            copies++;
        }
        return copies;
    }

    private static bool IsChannelSubscribed(StasisApplication app, PbxChannel? channel) =>
        channel is not null && app.IsSubscribed(StasisApplication.ChannelKey(channel.Id));

    private static bool IsEndpointSubscribed(StasisApplication app, string technology, string resource) =>
        app.IsSubscribed(StasisApplication.EndpointKey(technology + "/" + resource))
        || app.IsSubscribed(StasisApplication.EndpointKey(technology));
}
