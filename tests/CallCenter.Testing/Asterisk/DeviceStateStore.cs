namespace CallCenter.Testing.Asterisk;

/// <summary>Device states the application controls ("Stasis:NAME"), kept across restarts as astdb keeps them.</summary>
internal sealed class DeviceStateStore
{
    public static readonly IReadOnlySet<string> ValidStates = new HashSet<string>(StringComparer.Ordinal)
    {
        "NOT_INUSE", "INUSE", "BUSY", "INVALID", "UNAVAILABLE", "RINGING", "RINGINUSE", "ONHOLD",
    };

    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, string>> All => _states;

    public static bool IsControlled(string name) => name.StartsWith("Stasis:", StringComparison.Ordinal);

    public string? Find(string name) => _states.GetValueOrDefault(name);

    public void Set(string name, string state) => _states[name] = state;

    public bool Remove(string name) => _states.Remove(name);
}
