using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Bridges;

/// <summary>A bridge created through ARI. Guarded by the PBX lock.</summary>
internal sealed class PbxBridge
{
    public PbxBridge(string id, string name, BridgeFlags flags, DateTimeOffset creationTime)
    {
        Id = id;
        Name = name;
        Flags = flags;
        CreationTime = creationTime;
        Technology = IsHolding ? "holding_bridge" : "simple_bridge";
        Announcer = new PbxChannel("announcer-" + id, "Announcer/ARI-" + id, ChannelKind.Snoop, creationTime) { State = ChannelStates.Up };
    }

    public string Id { get; }

    public string Name { get; }

    public BridgeFlags Flags { get; }

    public DateTimeOffset CreationTime { get; }

    public List<PbxChannel> Channels { get; } = [];

    /// <summary>What the bridge mixes with now; changes a moment after the channel set changes, as Asterisk re-evaluates.</summary>
    public string Technology { get; set; }

    public bool IsHolding => (Flags & BridgeFlags.Holding) != 0;

    public string BridgeType => IsHolding ? "holding" : "mixing";

    public string? MohClass { get; set; }

    /// <summary>Stands for the Announcer channel that plays media into the bridge; its queue orders bridge playbacks.</summary>
    public PbxChannel Announcer { get; }

    /// <summary>Whether an Announcer channel was created yet (it takes two channel ids, as a Local-style pair does).</summary>
    public bool HasAnnouncer { get; set; }

    public bool Destroyed { get; set; }

    /// <summary>The technology Asterisk settles on for the current channel set.</summary>
    public string SettledTechnology()
    {
        if (IsHolding)
        {
            return "holding_bridge";
        }
        if (Channels.Count == 2 && (Flags & (BridgeFlags.DtmfEvents | BridgeFlags.ProxyMedia)) == 0
            && Channels.TrueForAll(c => c.Technology == "PJSIP"))
        {
            return "native_rtp";
        }
        return Channels.Count > 2 ? "softmix" : "simple_bridge";
    }
}
