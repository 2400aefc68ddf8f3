using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Bridges;

/// <summary>Stasis bridges: channels entering and leaving, music on hold, destruction.</summary>
internal sealed class BridgeOperations
{
    private readonly Pbx _pbx;

    public BridgeOperations(Pbx pbx) => _pbx = pbx;

    public PbxBridge Create(string id, string name, BridgeFlags flags)
    {
        var bridge = new PbxBridge(id, name, flags, _pbx.Clock.Now);
        _pbx.Bridges[id] = bridge;
        _pbx.Events.Emit(EventScope.OfBridge(bridge), "BridgeCreated", w =>
        {
            w.WritePropertyName("bridge");
            AriJson.WriteBridge(w, bridge);
        });
        return bridge;
    }

    /// <summary>Runs on the channel's control queue, so it waits for a playing prompt to end.</summary>
    public void Add(PbxBridge bridge, PbxChannel channel, bool inhibitConnectedLine)
    {
        if (bridge.Destroyed || channel.HangingUp || ReferenceEquals(channel.Bridge, bridge))
        {
            return;
        }
        if (channel.Bridge is not null)
        {
            Leave(channel, explicitDeparture: true);
        }
        if (channel.StasisApp is { } application)
        {
            // control_swap_channel_in_bridge subscribes the controlling app early enough to see ChannelEnteredBridge.
            _pbx.Apps.GetOrAdd(application).Subscribe(StasisApplication.BridgeKey(bridge.Id));
        }
        bridge.Channels.Add(channel);
        channel.Bridge = bridge;
        channel.InhibitConnectedLine = inhibitConnectedLine;
        _pbx.Events.Emit(EventScope.OfBridgeChannel(bridge, channel), "ChannelEnteredBridge", w =>
        {
            w.WritePropertyName("bridge");
            AriJson.WriteBridge(w, bridge);
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });
        if (!bridge.IsHolding && bridge.Channels.Count >= 2)
        {
            PublishPeers(bridge);
            if (bridge.Channels.Count == 2)
            {
                var other = bridge.Channels[0];
                UpdateConnectedLine(channel, other);
                UpdateConnectedLine(other, channel);
            }
        }
        bridge.Technology = bridge.SettledTechnology();
        channel.Phone?.OnBridge(bridge.Id);
        RefreshMusic(channel);
    }

    /// <summary>
    /// A channel leaves its bridge. Only an explicit departure (removeChannel, or a move to another bridge) drops the
    /// app's bridge subscription; a channel that hangs up leaves it standing, which is why BridgeDestroyed still comes.
    /// </summary>
    public void Leave(PbxChannel channel, bool explicitDeparture)
    {
        if (channel.Bridge is not { } bridge)
        {
            return;
        }
        if (channel.Variables.TryGetValue("BRIDGEPEER", out var peer) && peer.Length > 0)
        {
            _pbx.Lifecycle.SetVariable(channel, "BRIDGEPEER", "");
            _pbx.Lifecycle.SetVariable(channel, "BRIDGEPVTCALLID", "");
        }
        bridge.Channels.Remove(channel);
        channel.Bridge = null;
        _pbx.Events.Emit(EventScope.OfBridgeChannel(bridge, channel), "ChannelLeftBridge", w =>
        {
            w.WritePropertyName("bridge");
            AriJson.WriteBridge(w, bridge);
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });
        bridge.Technology = bridge.SettledTechnology();
        if (explicitDeparture && channel.StasisApp is { } application)
        {
            _pbx.Apps.Find(application)?.Unsubscribe(StasisApplication.BridgeKey(bridge.Id));
        }
        channel.Phone?.OnBridge(null);
        RefreshMusic(channel);
    }

    public void Destroy(PbxBridge bridge)
    {
        foreach (var channel in bridge.Channels.ToList())
        {
            Leave(channel, explicitDeparture: false);
        }
        _pbx.Playback.Interrupt(bridge.Announcer);
        _pbx.Recorder.BridgeDestroyed(bridge);
        bridge.Announcer.Control.Flush();
        bridge.MohClass = null;
        bridge.Destroyed = true;
        _pbx.Bridges.Remove(bridge.Id);
        _pbx.Events.Emit(EventScope.OfBridge(bridge), "BridgeDestroyed", w =>
        {
            w.WritePropertyName("bridge");
            AriJson.WriteBridge(w, bridge);
        });
        foreach (var app in _pbx.Apps.All)
        {
            app.Forget(StasisApplication.BridgeKey(bridge.Id));
        }
    }

    public void StartMusic(PbxBridge bridge, string? mohClass)
    {
        EnsureAnnouncer(bridge);
        bridge.MohClass = string.IsNullOrEmpty(mohClass) ? "default" : mohClass;
        foreach (var channel in bridge.Channels)
        {
            RefreshMusic(channel);
        }
    }

    /// <summary>False when the bridge was not playing music.</summary>
    public bool StopMusic(PbxBridge bridge)
    {
        if (bridge.MohClass is null)
        {
            return false;
        }
        bridge.MohClass = null;
        foreach (var channel in bridge.Channels)
        {
            RefreshMusic(channel);
        }
        return true;
    }

    /// <summary>The Announcer channel that plays into a bridge takes two channel ids, like a Local channel pair.</summary>
    public void EnsureAnnouncer(PbxBridge bridge)
    {
        if (!bridge.HasAnnouncer)
        {
            bridge.HasAnnouncer = true;
            _pbx.NextCounter();
            _pbx.NextCounter();
        }
    }

    /// <summary>
    /// What the phone hears when nothing else plays: its own MOH, else the bridge's. A prompt played to a channel
    /// in a bridge plays through the bridge (res_stasis_playback's play_on_channel_in_bridge): the channel is
    /// suspended from the bridge meanwhile, which stops a holding bridge's music for it (holding_bridge_suspend),
    /// and the music comes back when the prompt ends.
    /// </summary>
    public static void RefreshMusic(PbxChannel channel)
    {
        if (channel.Bridge is not null && channel.CurrentPlayback is not null)
        {
            channel.Phone?.OnMusicOnHold(null);
            return;
        }
        var music = channel.MohClass;
        if (music is null && channel.Bridge is { } bridge)
        {
            // A holding bridge plays hold music to its participants by default (bridge_holding idle_mode).
            music = bridge.MohClass ?? (bridge.IsHolding && channel.BridgeRole != "announcer" ? "default" : null);
        }
        channel.Phone?.OnMusicOnHold(music);
    }

    private void PublishPeers(PbxBridge bridge)
    {
        foreach (var channel in bridge.Channels)
        {
            var others = bridge.Channels.Where(c => !ReferenceEquals(c, channel)).ToList();
            _pbx.Lifecycle.SetVariable(channel, "BRIDGEPEER", string.Join(",", others.Select(c => c.Name)));
            _pbx.Lifecycle.SetVariable(channel, "BRIDGEPVTCALLID", others[0].ProtocolId);
        }
    }

    private void UpdateConnectedLine(PbxChannel channel, PbxChannel other)
    {
        if (channel.InhibitConnectedLine)
        {
            return;
        }
        channel.ConnectedName = other.CallerName;
        channel.ConnectedNumber = other.CallerNumber;
        _pbx.Lifecycle.Emit(channel, "ChannelConnectedLine");
    }
}
