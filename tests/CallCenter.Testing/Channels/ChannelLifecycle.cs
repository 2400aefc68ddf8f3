using System.Globalization;
using System.Text.Json;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Channels;

/// <summary>Channels coming and going: creation, Stasis entry and exit, answer, state changes, variables, hangup.</summary>
internal sealed class ChannelLifecycle
{
    private static readonly string[] QosVariables = ["RTPAUDIOQOS", "RTPAUDIOQOSJITTER", "RTPAUDIOQOSLOSS", "RTPAUDIOQOSRTT", "RTPAUDIOQOSMES"];
    private readonly Pbx _pbx;

    public ChannelLifecycle(Pbx pbx) => _pbx = pbx;

    /// <summary>Registers a new channel under the next counter value.</summary>
    public PbxChannel Create(ChannelKind kind, string? id, string namePrefix, Endpoints.PbxEndpoint? endpoint, string protocolId)
    {
        var counter = _pbx.NextCounter();
        var channel = new PbxChannel(
            string.IsNullOrEmpty(id) ? _pbx.UniqueId(counter) : id,
            $"{namePrefix}-{counter:x8}",
            kind,
            _pbx.Clock.Now)
        {
            Endpoint = endpoint,
            ProtocolId = protocolId,
            Language = _pbx.Options.DefaultLanguage,
            RtpSsrc = Random.Shared.Next(),
        };
        _pbx.Channels[channel.Id] = channel;
        endpoint?.Channels.Add(channel);
        return channel;
    }

    /// <summary>
    /// Publishes ChannelCreated once the creator has filled the channel in. Nobody is subscribed to a channel that
    /// did not exist a moment ago, so only subscribeAll applications see it.
    /// </summary>
    public void Announce(PbxChannel channel) => Emit(channel, "ChannelCreated");

    public void EnterStasis(PbxChannel channel, string application, IReadOnlyList<string> arguments)
    {
        channel.AppBeforeStasis = (channel.AppName, channel.AppData);
        channel.AppName = "Stasis";
        channel.AppData = arguments.Count == 0 ? application : application + "," + string.Join(",", arguments);
        SetVariable(channel, "STASISSTATUS", "");
        _pbx.Apps.GetOrAdd(application).Subscribe(StasisApplication.ChannelKey(channel.Id));
        channel.StasisApp = application;
        channel.StasisArgs = arguments;
        _pbx.Events.Emit(EventScope.ToApplication(application, channel), "StasisStart", w =>
        {
            AriJson.WriteStrings(w, "args", arguments);
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });
        channel.Phone?.OnStasis(application, arguments);
    }

    public void LeaveStasis(PbxChannel channel)
    {
        if (channel.StasisApp is not { } application)
        {
            return;
        }
        _pbx.Events.Emit(EventScope.ToApplication(application, channel), "StasisEnd", w =>
        {
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });
        _pbx.Apps.Find(application)?.Unsubscribe(StasisApplication.ChannelKey(channel.Id));
        channel.StasisApp = null;
        channel.Control.Flush();
        SetVariable(channel, "STASISSTATUS", "SUCCESS");
        (channel.AppName, channel.AppData) = channel.AppBeforeStasis;
        channel.Phone?.OnStasis(null, []);
    }

    /// <summary>The channel is answered: state Up and ChannelStateChange.</summary>
    public void SetUp(PbxChannel channel)
    {
        if (channel.IsUp)
        {
            return;
        }
        channel.AnsweredAt = _pbx.Clock.Now;
        channel.RingbackIndicated = false;
        SetState(channel, ChannelStates.Up);
        channel.Phone?.OnAnswered(channel.AnsweredAt.Value);
    }

    public void SetState(PbxChannel channel, string state)
    {
        if (channel.State == state)
        {
            return;
        }
        channel.State = state;
        Emit(channel, "ChannelStateChange");
        channel.Phone?.OnChanged();
    }

    public void SetVariable(PbxChannel channel, string name, string value)
    {
        channel.Variables[name] = value;
        _pbx.Events.Emit(EventScope.OfChannel(channel), "ChannelVarset", w =>
        {
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        }, leading: w =>
        {
            w.WriteString("variable", name);
            w.WriteString("value", value);
        });
    }

    public void Emit(PbxChannel channel, string type, Action<Utf8JsonWriter>? before = null) =>
        _pbx.Events.Emit(EventScope.OfChannel(channel), type, w =>
        {
            before?.Invoke(w);
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });

    /// <summary>Takes a channel down the way Asterisk does, publishing what Asterisk publishes on the way.</summary>
    public void Hangup(PbxChannel channel, HangupInfo info)
    {
        if (channel.HangingUp || channel.Destroyed)
        {
            return;
        }
        channel.HangingUp = true;
        if (channel.IsUp)
        {
            PublishQos(channel);
        }
        if (info.PublishRequest)
        {
            _pbx.Events.Emit(EventScope.OfChannel(channel), "ChannelHangupRequest", w =>
            {
                w.WritePropertyName("channel");
                AriJson.WriteChannel(w, channel);
            }, leading: w =>
            {
                if (info.RequestCause is { } cause)
                {
                    w.WriteNumber("cause", cause);
                }
                if (info.RequestTechCause is { } techCause)
                {
                    w.WriteNumber("tech_cause", techCause);
                }
                if (info.Soft)
                {
                    w.WriteBoolean("soft", true);
                }
            });
        }
        if (channel.Dial is { Answered: false, Finished: false } dial)
        {
            dial.Finished = true;
            dial.Timeout?.Dispose();
            dial.PhoneAction?.Dispose();
            if (info.DialStatus is { } status)
            {
                _pbx.Dialer.PublishDial(channel, status);
            }
        }
        _pbx.Playback.Interrupt(channel);
        _pbx.Recorder.Hangup(channel);
        if (channel.Bridge is not null)
        {
            _pbx.BridgeOps.Leave(channel, explicitDeparture: false);
        }
        LeaveStasis(channel);
        channel.Control.Flush();
        foreach (var snoop in channel.Snoops.ToList())
        {
            Hangup(snoop, HangupInfo.FromPhone(HangupCauses.NormalClearing, bridged: false));
        }
        Destroy(channel, info);
    }

    private void Destroy(PbxChannel channel, HangupInfo info)
    {
        _pbx.Events.Emit(EventScope.OfChannel(channel), "ChannelDestroyed", w =>
        {
            w.WriteNumber("cause", info.DestroyCause);
            w.WriteString("cause_txt", HangupCauses.Text(info.DestroyCause));
            if (info.DestroyTechCause is { } techCause)
            {
                w.WriteNumber("tech_cause", techCause);
            }
            w.WritePropertyName("channel");
            AriJson.WriteChannel(w, channel);
        });
        channel.Destroyed = true;
        foreach (var app in _pbx.Apps.All)
        {
            app.Forget(StasisApplication.ChannelKey(channel.Id));
        }
        if (_pbx.Channels.TryGetValue(channel.Id, out var registered) && ReferenceEquals(registered, channel))
        {
            _pbx.Channels.Remove(channel.Id);
        }
        channel.Endpoint?.Channels.Remove(channel);
        channel.SnoopTarget?.Snoops.Remove(channel);
        // The phone's own BYE reports the cause it carried; otherwise the Q.850 cause, never the soft-hangup flag.
        var cause = info.By == HangupParty.Phone ? info.RequestCause ?? info.DestroyCause : info.DestroyCause;
        channel.Phone?.OnHungUp(info.By, cause, info.Reason);
        if (channel.Endpoint?.Agent is { } agent)
        {
            agent.OnChanged();
        }
    }

    /// <summary>RTP statistics chan_pjsip sets as variables when media stops; a bridged peer gets the *BRIDGED copies.</summary>
    private void PublishQos(PbxChannel channel)
    {
        var up = channel.AnsweredAt is { } answered ? _pbx.Clock.Now - answered : TimeSpan.Zero;
        var packets = (long)(up.TotalMilliseconds / 20);
        var values = new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"ssrc={channel.RtpSsrc};themssrc={channel.RtpSsrc ^ 0x5a5a5a5a};lp=0;rxjitter=0.000000;rxcount={packets};txjitter=0.000000;txcount={packets};rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000"),
            "minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;",
            "  minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;",
            "     minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;",
            "   minrxmes=000.000000;   maxrxmes=000.000000;   avgrxmes=000.000000;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;",
        };
        var peers = channel.Bridge is { IsHolding: false } bridge ? bridge.Channels.Where(c => !ReferenceEquals(c, channel)).ToList() : [];
        for (var i = 0; i < QosVariables.Length; i++)
        {
            SetVariable(channel, QosVariables[i], values[i]);
            foreach (var peer in peers)
            {
                SetVariable(peer, QosVariables[i] + "BRIDGED", values[i]);
            }
        }
    }
}
