using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Channels;

/// <summary>Outgoing legs: POST /channels (originate), POST /channels/create and POST /channels/{id}/dial, and what the far phone does.</summary>
internal sealed class DialOperations
{
    private readonly Pbx _pbx;

    public DialOperations(Pbx pbx) => _pbx = pbx;

    /// <summary>
    /// The endpoint an "endpoint" parameter reaches ("PJSIP/1001", "PJSIP/+15551234@trunk", "PJSIP/trunk/sip:..."),
    /// or null when chan_pjsip could not allocate a channel: unknown technology or endpoint, or no registered contact.
    /// </summary>
    public PbxEndpoint? Resolve(string technology, string resource)
    {
        if (!_pbx.HasTechnology(technology))
        {
            return null;
        }
        if (resource.Contains('@', StringComparison.Ordinal) && _pbx.FindEndpoint("PJSIP", resource) is { IsReachable: true } callee)
        {
            // "number@trunk": a number the test made answerable through that trunk.
            return callee;
        }
        var name = resource;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            name = name[..slash];
        }
        else if (name.LastIndexOf('@') is var at and >= 0)
        {
            name = name[(at + 1)..];
        }
        var endpoint = _pbx.FindEndpoint("PJSIP", name);
        return endpoint is { IsReachable: true } ? endpoint : null;
    }

    public PbxChannel Originate(PbxEndpoint endpoint, string? channelId, string? callerName, string? callerNumber, DialState dial)
    {
        var channel = _pbx.Lifecycle.Create(ChannelKind.Originated, channelId, endpoint.ChannelNamePrefix, endpoint, Guid.NewGuid().ToString());
        channel.Context = endpoint.Context;
        channel.Exten = "s";
        channel.Priority = 1;
        channel.AppName = "AppDial2";
        channel.AppData = "(Outgoing Line)";
        channel.CallerName = callerName ?? "";
        channel.CallerNumber = callerNumber ?? "";
        channel.ConnectedName = callerName ?? "";
        channel.ConnectedNumber = callerNumber ?? "";
        channel.Dial = dial;
        _pbx.Lifecycle.Announce(channel);
        return channel;
    }

    public PbxChannel Create(PbxEndpoint endpoint, string dialString, string? channelId)
    {
        var channel = _pbx.Lifecycle.Create(ChannelKind.Created, channelId, endpoint.ChannelNamePrefix, endpoint, Guid.NewGuid().ToString());
        channel.Context = endpoint.Context;
        channel.Exten = "s";
        channel.Priority = 1;
        channel.SavedDialString = dialString;
        _pbx.Lifecycle.Announce(channel);
        return channel;
    }

    /// <summary>Sends the INVITE: Dial with an empty status, then whatever the phone does.</summary>
    public void BeginDialing(PbxChannel channel, int timeoutSeconds)
    {
        var dial = channel.Dial!;
        PublishDial(channel, "");
        if (channel.Endpoint?.Agent is { } agent)
        {
            var call = new FakeAgentCall(_pbx, channel, agent);
            channel.Phone = call;
            agent.OnCall(call);
        }
        if (timeoutSeconds > 0)
        {
            dial.Timeout = _pbx.Clock.After(TimeSpan.FromSeconds(timeoutSeconds),
                () => _pbx.Lifecycle.Hangup(channel, HangupInfo.DialTimeout(softHangup: channel.Kind == ChannelKind.Created)));
        }
        var behavior = channel.Endpoint?.Behavior;
        switch (behavior?.Kind)
        {
            case AgentBehaviorKind.Busy:
                _pbx.Lifecycle.Hangup(channel, HangupInfo.Busy());
                break;
            case AgentBehaviorKind.AnswerAfter:
                Ring(channel);
                dial.PhoneAction = _pbx.Clock.After(behavior.AnswerDelay, () => Answer(channel));
                break;
            case AgentBehaviorKind.NoAnswer or AgentBehaviorKind.Manual:
                Ring(channel);
                break;
            default:
                // The contact went away between create and dial: the INVITE cannot be sent.
                _pbx.Lifecycle.Hangup(channel, new HangupInfo(HangupParty.Phone, false, null, null, false, 20, null, "CHANUNAVAIL", null));
                break;
        }
    }

    /// <summary>The far phone answers (200 OK).</summary>
    public void Answer(PbxChannel channel)
    {
        if (channel.Dial is not { Answered: false, Finished: false } dial || channel.HangingUp)
        {
            return;
        }
        dial.Answered = true;
        dial.Finished = true;
        dial.Timeout?.Dispose();
        dial.PhoneAction?.Dispose();
        _pbx.Lifecycle.SetUp(channel);
        PublishDial(channel, "ANSWER");
        if (channel.Phone is FakeAgentCall call)
        {
            call.OnOutcome(AgentCallOutcome.Answered);
        }
        if (channel.Endpoint?.Behavior is { Kind: AgentBehaviorKind.AnswerAfter, HangUpAfter: { } after })
        {
            _pbx.Clock.After(after, () => _pbx.Lifecycle.Hangup(channel, HangupInfo.FromPhone(null, channel.Bridge is not null)));
        }
        if (channel.Kind != ChannelKind.Originated)
        {
            return;
        }
        if (dial.StasisAppData is { } appData)
        {
            var parts = appData.Split(',');
            RunStasis(channel, parts[0], parts[1..]);
        }
        else if (dial.Continuation is { } location)
        {
            channel.Context = location.Context;
            channel.Exten = location.Extension;
            channel.Priority = location.Priority;
            var route = location.Context == _pbx.Dialplan.Context ? _pbx.Dialplan.Find(location.Extension) : null;
            if (route is not null)
            {
                channel.Priority = _pbx.Dialplan.StasisPriority;
                RunStasis(channel, route.Application, route.Arguments);
            }
            else
            {
                _pbx.Lifecycle.Hangup(channel, HangupInfo.FromDialplan(HangupCauses.NormalClearing));
            }
        }
    }

    /// <summary>Stasis() on a channel: it enters the application when it is registered, otherwise Stasis fails and the call ends.</summary>
    public void RunStasis(PbxChannel channel, string application, IReadOnlyList<string> arguments)
    {
        if (_pbx.Apps.IsRegistered(application))
        {
            _pbx.Lifecycle.EnterStasis(channel, application, arguments);
            return;
        }
        channel.Variables["STASISSTATUS"] = "FAILED";
        channel.Phone?.OnStasisFailed();
        _pbx.Lifecycle.Hangup(channel, HangupInfo.FromDialplan(HangupCauses.NormalClearing));
    }

    public void PublishDial(PbxChannel channel, string status)
    {
        var dialString = channel.Dial?.DialString ?? "";
        _pbx.Events.Emit(EventScope.OfChannel(channel), "Dial", w =>
        {
            w.WriteString("dialstatus", status);
            w.WriteString("forward", "");
            w.WriteString("dialstring", dialString);
            w.WritePropertyName("peer");
            AriJson.WriteChannel(w, channel);
        });
    }

    private void Ring(PbxChannel channel)
    {
        _pbx.Lifecycle.SetState(channel, ChannelStates.Ringing);
        channel.RingingSince ??= DateTimeOffset.UtcNow;
        PublishDial(channel, "RINGING");
        if (channel.Endpoint?.Agent is { } agent)
        {
            agent.OnChanged();
        }
    }
}
