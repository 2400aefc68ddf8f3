using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Media;

namespace CallCenter.Testing.Channels;

/// <summary>One channel of the simulated PBX. Guarded by the PBX lock.</summary>
internal sealed class PbxChannel
{
    public PbxChannel(string id, string name, ChannelKind kind, DateTimeOffset creationTime)
    {
        Id = id;
        Name = name;
        Kind = kind;
        CreationTime = creationTime;
        Control = new ChannelControl(this);
    }

    public string Id { get; }

    public string Name { get; }

    public ChannelKind Kind { get; }

    public DateTimeOffset CreationTime { get; }

    public PbxEndpoint? Endpoint { get; init; }

    public string ProtocolId { get; init; } = "";

    public string State { get; set; } = ChannelStates.Down;

    /// <summary>When the phone started ringing, on the real wall clock (whatever clock the PBX runs on): latency figures compare it with a browser's.</summary>
    public DateTimeOffset? RingingSince { get; set; }

    public string CallerName { get; set; } = "";

    public string CallerNumber { get; set; } = "";

    public string ConnectedName { get; set; } = "";

    public string ConnectedNumber { get; set; } = "";

    public string AccountCode { get; set; } = "";

    public string Context { get; set; } = "default";

    public string Exten { get; set; } = "s";

    public long Priority { get; set; } = 1;

    public string AppName { get; set; } = "";

    public string AppData { get; set; } = "";

    public string Language { get; set; } = "en";

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public ChannelControl Control { get; }

    /// <summary>The Stasis application the channel is in, or null when it is not in Stasis.</summary>
    public string? StasisApp { get; set; }

    public IReadOnlyList<string> StasisArgs { get; set; } = [];

    /// <summary>Where the dialplan block goes back to when Stasis() returns (pbx_exec restores app and data).</summary>
    public (string AppName, string AppData) AppBeforeStasis { get; set; }

    public PbxBridge? Bridge { get; set; }

    public string? BridgeRole { get; set; }

    public bool InhibitConnectedLine { get; set; }

    public string? MohClass { get; set; }

    public bool RingbackIndicated { get; set; }

    public bool OnHold { get; set; }

    public bool Silenced { get; set; }

    public string? Muted { get; set; }

    public DialState? Dial { get; set; }

    /// <summary>The dialstring saved by POST /channels/create for a later dial.</summary>
    public string? SavedDialString { get; set; }

    public PbxRecording? ActiveRecording { get; set; }

    /// <summary>The playback holding the control queue, if one is playing.</summary>
    public PbxPlayback? CurrentPlayback { get; set; }

    public PbxChannel? SnoopTarget { get; set; }

    public List<PbxChannel> Snoops { get; } = [];

    /// <summary>The simulated phone on the far end of this channel, if any.</summary>
    public FakePhoneCall? Phone { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public bool HangingUp { get; set; }

    public bool Destroyed { get; set; }

    public int RtpSsrc { get; init; }

    public bool InStasis => StasisApp is not null;

    public bool IsUp => State == ChannelStates.Up;

    public string Technology => Name[..Math.Max(0, Name.IndexOf('/', StringComparison.Ordinal))];
}
