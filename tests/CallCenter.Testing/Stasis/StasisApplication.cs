namespace CallCenter.Testing.Stasis;

/// <summary>
/// A Stasis application: its websocket (when connected) and its reference-counted subscriptions, which outlive
/// the websocket as they do in Asterisk.
/// </summary>
internal sealed class StasisApplication
{
    private readonly Dictionary<string, int> _subscriptions = new(StringComparer.Ordinal);

    public StasisApplication(string name) => Name = name;

    public string Name { get; }

    public EventStream? Stream { get; set; }

    public bool SubscribeAll { get; set; }

    public IReadOnlyList<string> AllowedTypes { get; set; } = [];

    public IReadOnlyList<string> DisallowedTypes { get; set; } = [];

    public bool IsRegistered => Stream is { IsOpen: true };

    public IEnumerable<string> Subscriptions => _subscriptions.Keys;

    public bool IsSubscribed(string key) => _subscriptions.ContainsKey(key);

    public void Subscribe(string key) => _subscriptions[key] = _subscriptions.GetValueOrDefault(key) + 1;

    /// <summary>Drops one reference; false when there was none.</summary>
    public bool Unsubscribe(string key)
    {
        if (!_subscriptions.TryGetValue(key, out var count))
        {
            return false;
        }
        if (count <= 1)
        {
            _subscriptions.Remove(key);
        }
        else
        {
            _subscriptions[key] = count - 1;
        }
        return true;
    }

    public void Forget(string key) => _subscriptions.Remove(key);

    public void ForgetAll() => _subscriptions.Clear();

    public bool Accepts(string eventType) =>
        (AllowedTypes.Count == 0 || AllowedTypes.Contains(eventType, StringComparer.Ordinal))
        && !DisallowedTypes.Contains(eventType, StringComparer.Ordinal);

    public static string ChannelKey(string id) => "channel:" + id;

    public static string BridgeKey(string id) => "bridge:" + id;

    public static string EndpointKey(string id) => "endpoint:" + id;

    public static string DeviceKey(string name) => "deviceState:" + name;
}
