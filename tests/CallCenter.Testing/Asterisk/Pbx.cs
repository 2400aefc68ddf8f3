using System.Security.Cryptography;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Media;
using CallCenter.Testing.Stasis;
using Microsoft.Extensions.Logging;

namespace CallCenter.Testing.Asterisk;

/// <summary>
/// The simulated Asterisk: every channel, bridge, playback and recording, behind one lock. Everything that changes
/// state takes the lock and publishes its events before releasing it, so events leave in the order things happened.
/// </summary>
internal sealed class Pbx
{
    private int _counter;

    public Pbx(FakeAsteriskOptions options, string recordingsDirectory, ILogger logger)
    {
        Options = options;
        Logger = logger;
        Dialplan = options.Dialplan ?? FakeDialplan.Default(options.AppName);
        AsteriskId = options.AsteriskId ?? RandomAsteriskId();
        Clock = new PbxClock(this, options.TimeProvider, options.PlaybackSpeed);
        StartupTime = Clock.Now;
        Events = new EventBus(this);
        Sounds = new SoundLibrary(options.SoundsDirectory, options.MissingSoundDuration, options.SpokenSymbolDuration);
        Storage = new RecordingStore(recordingsDirectory);
        Lifecycle = new ChannelLifecycle(this);
        BridgeOps = new BridgeOperations(this);
        Playback = new PlaybackEngine(this);
        Recorder = new RecordingEngine(this);
        Dialer = new DialOperations(this);
    }

    public object Sync { get; } = new();

    public FakeAsteriskOptions Options { get; }

    public FakeDialplan Dialplan { get; }

    public ILogger Logger { get; }

    public string AsteriskId { get; }

    public PbxClock Clock { get; }

    public DateTimeOffset StartupTime { get; private set; }

    public bool IsUp { get; private set; } = true;

    /// <summary>Bumped when Asterisk goes down, so timers of the previous life do nothing.</summary>
    public int Generation { get; private set; }

    public EventBus Events { get; }

    public StasisApps Apps { get; } = new();

    public SoundLibrary Sounds { get; }

    public RecordingStore Storage { get; }

    public DeviceStateStore DeviceStates { get; } = new();

    public ChannelLifecycle Lifecycle { get; }

    public BridgeOperations BridgeOps { get; }

    public PlaybackEngine Playback { get; }

    public RecordingEngine Recorder { get; }

    public DialOperations Dialer { get; }

    public Dictionary<string, PbxChannel> Channels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PbxBridge> Bridges { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PbxPlayback> Playbacks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PbxRecording> LiveRecordings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PbxEndpoint> Endpoints { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> GlobalVariables { get; } = new(StringComparer.Ordinal);

    public List<FakeCaller> Callers { get; } = [];

    /// <summary>Takes the next value of Asterisk's global channel counter (uniqueid suffix and channel name suffix).</summary>
    public int NextCounter() => _counter++;

    /// <summary>A uniqueid as Asterisk makes one without a system name: "unix-seconds.counter".</summary>
    public string UniqueId(int counter) => $"{Clock.Now.ToUnixTimeSeconds()}.{counter}";

    public PbxEndpoint? FindEndpoint(string technology, string resource) =>
        Endpoints.GetValueOrDefault(technology + "/" + resource);

    public bool HasTechnology(string technology) =>
        string.Equals(technology, "PJSIP", StringComparison.OrdinalIgnoreCase);

    /// <summary>Everything in memory vanishes at once, with no events: a crashed Asterisk says nothing.</summary>
    public void Crash()
    {
        Generation++;
        IsUp = false;
        Clock.CancelAll();
        foreach (var channel in Channels.Values.ToArray())
        {
            channel.Destroyed = true;
            channel.HangingUp = true;
            channel.Control.Flush();
            channel.Phone?.OnHungUp(HangupParty.Asterisk, null, null);
        }
        Channels.Clear();
        Bridges.Clear();
        Playbacks.Clear();
        LiveRecordings.Clear();
        GlobalVariables.Clear();
        foreach (var endpoint in Endpoints.Values)
        {
            endpoint.Channels.Clear();
        }
        foreach (var app in Apps.All)
        {
            app.Stream?.Abort();
        }
        Apps.Clear();
    }

    public void Boot()
    {
        IsUp = true;
        _counter = 0;
        StartupTime = Clock.Now;
    }

    private static string RandomAsteriskId()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return $"02:fc:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}:{bytes[3]:x2}";
    }
}
