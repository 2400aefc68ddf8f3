using System.Text.Json;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Media;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/channels: resource_channels.c.</summary>
internal sealed class ChannelsResource
{
    private const int MaxPublicUniqueId = 149;
    private readonly Pbx _pbx;

    public ChannelsResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "channels", List);
        router.Map("POST", "channels", r => Originate(r, r.Get("channelId")));
        router.Map("POST", "channels/create", Create);
        router.Map("POST", "channels/externalMedia", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("GET", "channels/{channelId}", Get);
        router.Map("POST", "channels/{channelId}", r => Originate(r, r.Path("channelId")));
        router.Map("DELETE", "channels/{channelId}", Hangup);
        router.Map("POST", "channels/{channelId}/continue", Continue);
        router.Map("POST", "channels/{channelId}/move", Move);
        router.Map("POST", "channels/{channelId}/redirect", Redirect);
        router.Map("POST", "channels/{channelId}/answer", Answer);
        router.Map("POST", "channels/{channelId}/ring", r => Indicate(r, "ring", c => Ringback(c, true)));
        router.Map("DELETE", "channels/{channelId}/ring", r => Indicate(r, "ring stop", c => Ringback(c, false)));
        router.Map("POST", "channels/{channelId}/progress", r => Indicate(r, "progress", _ => { }));
        router.Map("POST", "channels/{channelId}/dtmf", SendDtmf);
        router.Map("POST", "channels/{channelId}/mute", r => Mute(r, mute: true));
        router.Map("DELETE", "channels/{channelId}/mute", r => Mute(r, mute: false));
        router.Map("POST", "channels/{channelId}/hold", r => Indicate(r, "hold", c => Flag(c, () => c.OnHold = true)));
        router.Map("DELETE", "channels/{channelId}/hold", r => Indicate(r, "unhold", c => Flag(c, () => c.OnHold = false)));
        router.Map("POST", "channels/{channelId}/moh", r => Indicate(r, "moh", c => Music(c, string.IsNullOrEmpty(r.Get("mohClass")) ? "default" : r.Get("mohClass"))));
        router.Map("DELETE", "channels/{channelId}/moh", r => Indicate(r, "moh stop", c => Music(c, null)));
        router.Map("POST", "channels/{channelId}/silence", r => Indicate(r, "silence", c => Flag(c, () => c.Silenced = true)));
        router.Map("DELETE", "channels/{channelId}/silence", r => Indicate(r, "silence stop", c => Flag(c, () => c.Silenced = false)));
        router.Map("POST", "channels/{channelId}/play", r => Play(r, r.Get("playbackId")));
        router.Map("POST", "channels/{channelId}/play/{playbackId}", r => Play(r, r.Path("playbackId")));
        router.Map("POST", "channels/{channelId}/record", Record);
        router.Map("GET", "channels/{channelId}/variable", GetVariable);
        router.Map("POST", "channels/{channelId}/variable", SetVariable);
        router.Map("POST", "channels/{channelId}/snoop", r => Snoop(r, r.Get("snoopId")));
        router.Map("POST", "channels/{channelId}/snoop/{snoopId}", r => Snoop(r, r.Path("snoopId")));
        router.Map("POST", "channels/{channelId}/dial", Dial);
        router.Map("GET", "channels/{channelId}/variables", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("POST", "channels/{channelId}/variables", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("GET", "channels/{channelId}/rtp_statistics", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("POST", "channels/{channelId}/transfer_progress", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
    }

    private ValueTask<AriResult> List(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            var channels = _pbx.Channels.Values.ToList();
            return Done(AriResult.Ok(w =>
            {
                w.WriteStartArray();
                foreach (var channel in channels)
                {
                    AriJson.WriteChannel(w, channel);
                }
                w.WriteEndArray();
            }));
        }
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            return Done(_pbx.Channels.TryGetValue(request.Path("channelId"), out var channel)
                ? AriResult.Ok(w => AriJson.WriteChannel(w, channel))
                : AriResult.Error(404, "Channel not found"));
        }
    }

    private ValueTask<AriResult> Originate(AriRequest request, string? channelId)
    {
        var otherId = request.Get("otherChannelId");
        if ((channelId?.Length ?? 0) > MaxPublicUniqueId || (otherId?.Length ?? 0) > MaxPublicUniqueId)
        {
            return Done(AriResult.Error(400, $"Uniqueid length exceeds maximum of {MaxPublicUniqueId}"));
        }
        var endpointParameter = request.Get("endpoint");
        if (endpointParameter is null)
        {
            return Done(AriResult.Error(400, "Endpoint must be specified"));
        }
        if (request.Get("originator") is not null && request.Get("formats") is not null)
        {
            return Done(AriResult.Error(400, "Originator and formats can't both be specified"));
        }
        if (!SplitEndpoint(endpointParameter, out var technology, out var device))
        {
            return Done(AriResult.Error(400, "Invalid endpoint specified"));
        }
        var app = request.Get("app");
        var extension = request.Get("extension");
        if (app is null && extension is null)
        {
            return Done(AriResult.Error(400, "Application or extension must be specified"));
        }
        var timeout = request.GetInt("timeout", 30) switch
        {
            > 0 and var seconds => seconds,
            -1 => 0,
            _ => 30,
        };
        var (callerName, callerNumber) = CallerId.Parse(request.Get("callerId"));
        lock (_pbx.Sync)
        {
            if (request.Get("originator") is { } originator && AriLookups.FindByName(_pbx, originator) is null)
            {
                return Done(AriResult.Error(400, "Provided originator channel was not found"));
            }
            if (channelId is not null && _pbx.Channels.ContainsKey(channelId))
            {
                return Done(AriResult.Error(409, "Channel with given unique ID already exists"));
            }
            if (_pbx.Dialer.Resolve(technology, device) is not { } endpoint)
            {
                return Done(AriResult.AllocationFailed());
            }
            var dial = new DialState
            {
                DialString = device,
                StasisAppData = app is null ? null : app + (request.Get("appArgs") is { } args ? "," + args : ""),
                Continuation = app is null
                    ? new DialplanLocation(request.Get("context") ?? "default", extension!, Math.Max(1, request.GetInt("priority", 1)))
                    : null,
            };
            var channel = _pbx.Dialer.Originate(endpoint, channelId, callerName, callerNumber, dial);
            SetInitialVariables(channel, request);
            if (app is not null)
            {
                _pbx.Apps.GetOrAdd(app).Subscribe(StasisApplication.ChannelKey(channel.Id));
            }
            var result = AriResult.Ok(w => AriJson.WriteChannel(w, channel));
            _pbx.Dialer.BeginDialing(channel, timeout);
            return Done(result);
        }
    }

    private ValueTask<AriResult> Create(AriRequest request)
    {
        var channelId = request.Get("channelId");
        if (request.Get("originator") is not null && request.Get("formats") is not null)
        {
            return Done(AriResult.Error(400, "Originator and formats can't both be specified"));
        }
        var endpointParameter = request.Get("endpoint");
        if (endpointParameter is null)
        {
            return Done(AriResult.Error(400, "Endpoint must be specified"));
        }
        if (!SplitEndpoint(endpointParameter, out var technology, out var device))
        {
            return Done(AriResult.Error(400, "Invalid endpoint specified"));
        }
        var app = request.Get("app") ?? "";
        var arguments = request.Get("appArgs") is { } appArgs ? appArgs.Split(',') : [];
        lock (_pbx.Sync)
        {
            var originator = AriLookups.FindByName(_pbx, request.Get("originator"));
            if (channelId is not null && _pbx.Channels.ContainsKey(channelId))
            {
                return Done(AriResult.Error(409, "Channel with given unique ID already exists"));
            }
            if (_pbx.Dialer.Resolve(technology, device) is not { } endpoint)
            {
                return Done(AriResult.AllocationFailed());
            }
            var channel = _pbx.Dialer.Create(endpoint, device, channelId);
            if (app.Length > 0)
            {
                _pbx.Apps.GetOrAdd(app).Subscribe(StasisApplication.ChannelKey(channel.Id));
                if (originator is not null)
                {
                    // resource_channels.c subscribes the app to the originator too, so it keeps seeing that channel after StasisEnd.
                    _pbx.Apps.GetOrAdd(app).Subscribe(StasisApplication.ChannelKey(originator.Id));
                }
            }
            SetInitialVariables(channel, request);
            var result = AriResult.Ok(w => AriJson.WriteChannel(w, channel));
            _pbx.Dialer.RunStasis(channel, app, arguments);
            return Done(result);
        }
    }

    private ValueTask<AriResult> Dial(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error))
            {
                return Done(error!);
            }
            if (channel.State != ChannelStates.Down)
            {
                return Done(AriResult.Error(409, "Channel is not in the 'Down' state"));
            }
            if (channel.SavedDialString is not { } dialString)
            {
                return Done(AriResult.Error(409, "Dialing a channel not created by ARI"));
            }
            if (AriLookups.FindByName(_pbx, request.Get("caller")) is { } caller)
            {
                channel.ConnectedName = caller.CallerName;
                channel.ConnectedNumber = caller.CallerNumber;
                channel.Language = caller.Language;
            }
            var timeout = Math.Max(0, request.GetInt("timeout", 0));
            channel.Control.Enqueue(new ControlCommand("dial", c =>
            {
                channel.Dial = new DialState { DialString = dialString };
                channel.Control.Complete(c);
                _pbx.Dialer.BeginDialing(channel, timeout);
            }));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Hangup(AriRequest request)
    {
        var reason = request.Get("reason");
        var reasonCode = request.Get("reason_code");
        lock (_pbx.Sync)
        {
            if (AriLookups.FindByName(_pbx, request.Path("channelId")) is not { } channel)
            {
                return Done(AriResult.Error(404, "Channel not found"));
            }
            if (reason is not null && reasonCode is not null)
            {
                return Done(AriResult.Error(400, "The reason and reason_code can't both be specified"));
            }
            int cause;
            if (reasonCode is not null)
            {
                if (!int.TryParse(reasonCode, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out cause))
                {
                    return Done(AriResult.Error(400, "Invalid reason for hangup reason code provided"));
                }
            }
            else if (reason is not null)
            {
                if (!HangupCauses.TryFromReason(reason, out cause))
                {
                    return Done(AriResult.Error(400, "Invalid reason for hangup reason provided"));
                }
            }
            else
            {
                cause = HangupCauses.NormalClearing;
            }
            _pbx.Lifecycle.Hangup(channel, HangupInfo.FromApplication(cause, reason ?? reasonCode));
            return Done(AriResult.NoContent());
        }
    }

    private async ValueTask<AriResult> Answer(AriRequest request)
    {
        ControlCommand command;
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return error!;
            }
            command = channel.Control.Enqueue(new ControlCommand("answer", c =>
            {
                _pbx.Lifecycle.SetUp(channel);
                channel.Control.Complete(c);
            }));
        }
        return await command.Done.ConfigureAwait(false) ? AriResult.NoContent() : AriResult.Error(500, "Failed to answer channel");
    }

    /// <summary>The many operations that only queue an async command after find_control and channel_state_invalid.</summary>
    private ValueTask<AriResult> Indicate(AriRequest request, string name, Action<PbxChannel> act)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            Queue(channel, name, () => act(channel));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Mute(AriRequest request, bool mute)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            var direction = request.Has("direction") ? request.Get("direction") : "both";
            if (direction is null)
            {
                return Done(AriResult.Error(400, "Direction is required"));
            }
            if (direction is not ("in" or "out" or "both"))
            {
                return Done(AriResult.Error(400, "Invalid direction specified"));
            }
            Queue(channel, mute ? "mute" : "unmute", () => Flag(channel, () => channel.Muted = mute ? Combine(channel.Muted, direction) : Without(channel.Muted, direction)));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> SendDtmf(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            if (request.Get("dtmf") is not { } dtmf)
            {
                return Done(AriResult.Error(400, "DTMF is required"));
            }
            var before = request.GetInt("before", 0);
            var between = request.GetInt("between", 100);
            var duration = request.GetInt("duration", 100);
            var after = request.GetInt("after", 0);
            var length = TimeSpan.FromMilliseconds(Math.Max(0, before + (dtmf.Length * duration) + (Math.Max(0, dtmf.Length - 1) * between) + after));
            channel.Control.Enqueue(new ControlCommand("dtmf", c =>
            {
                channel.Phone?.OnDtmfFromApplication(dtmf);
                _pbx.Clock.AfterMedia(length, () => channel.Control.Complete(c));
            }));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Continue(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            string context;
            string extension;
            if (request.Get("context") is { } requestedContext)
            {
                context = requestedContext;
                extension = request.Get("extension") ?? "s";
            }
            else
            {
                context = channel.Context;
                extension = request.Get("extension") ?? channel.Exten;
            }
            int priority;
            if (request.Get("label") is { } label)
            {
                if (!int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out priority))
                {
                    return Done(AriResult.Error(404, "Requested label can not be found"));
                }
                if (priority == 0)
                {
                    return Done(AriResult.Error(400, "Requested priority is illegal"));
                }
            }
            else if (request.GetInt("priority", 0) is > 0 and var given)
            {
                priority = given;
            }
            else if (request.Get("context") is null && request.Get("extension") is null)
            {
                priority = (int)channel.Priority + 1;
            }
            else
            {
                priority = 1;
            }
            var location = new DialplanLocation(context, extension, priority);
            Queue(channel, "continue", () => ContinueInDialplan(channel, location));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Move(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error))
            {
                return Done(error!);
            }
            var app = request.Get("app") ?? "";
            IReadOnlyList<string> arguments = request.Get("appArgs") is { } appArgs ? appArgs.Split(',') : [];
            Queue(channel, "move", () =>
            {
                if (channel.StasisApp is not { } current)
                {
                    return;
                }
                if (!_pbx.Apps.IsRegistered(app))
                {
                    _pbx.Events.Emit(EventScope.ToApplication(current, channel), "ApplicationMoveFailed", w =>
                    {
                        w.WritePropertyName("channel");
                        AriJson.WriteChannel(w, channel);
                        w.WriteString("destination", app);
                        AriJson.WriteStrings(w, "args", arguments);
                    });
                    return;
                }
                _pbx.Events.Emit(EventScope.ToApplication(current, channel), "StasisEnd", w =>
                {
                    w.WritePropertyName("channel");
                    AriJson.WriteChannel(w, channel);
                });
                _pbx.Apps.Find(current)?.Unsubscribe(StasisApplication.ChannelKey(channel.Id));
                _pbx.Apps.GetOrAdd(app).Subscribe(StasisApplication.ChannelKey(channel.Id));
                channel.StasisApp = app;
                channel.StasisArgs = arguments;
                _pbx.Events.Emit(EventScope.ToApplication(app, channel), "StasisStart", w =>
                {
                    AriJson.WriteStrings(w, "args", arguments);
                    w.WritePropertyName("channel");
                    AriJson.WriteChannel(w, channel);
                });
                channel.Phone?.OnStasis(app, arguments);
            });
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Redirect(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            if (request.Get("endpoint") is not { } endpoint)
            {
                return Done(AriResult.Error(400, "Required parameter 'endpoint' not provided."));
            }
            var slash = endpoint.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                return Done(AriResult.Error(422, $"Endpoint parameter '{endpoint}' does not contain tech/resource"));
            }
            if (slash == endpoint.Length - 1)
            {
                return Done(AriResult.Error(422, $"No resource provided in endpoint parameter '{endpoint}'"));
            }
            var technology = endpoint[..slash];
            if (!string.Equals(technology, channel.Technology, StringComparison.OrdinalIgnoreCase))
            {
                return Done(AriResult.Error(422, $"Endpoint technology '{technology}' does not match channel technology '{channel.Technology}'"));
            }
            Queue(channel, "redirect", () =>
            {
                (channel.Phone as FakeCaller)?.OnRedirected(endpoint);
                // The phone follows the transfer and hangs up this leg with a plain BYE.
                _pbx.Lifecycle.Hangup(channel, HangupInfo.FromPhone(null, channel.Bridge is not null));
            });
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Play(AriRequest request, string? playbackId)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error)
                || AriLookups.StateInvalid(channel, out error))
            {
                return Done(error!);
            }
            var skipMs = request.GetInt("skipms", 3000);
            var offsetMs = request.GetInt("offsetms", 0);
            if (skipMs < 0)
            {
                return Done(AriResult.Error(400, "skipms cannot be negative"));
            }
            if (offsetMs < 0)
            {
                return Done(AriResult.Error(400, "offsetms cannot be negative"));
            }
            var media = request.GetList("media");
            if (media.Count == 0)
            {
                return Done(AriResult.Error(500, "Failed to queue media for playback"));
            }
            var playback = _pbx.Playback.Create(channel, null, media, request.Get("lang") ?? channel.Language, playbackId, skipMs, offsetMs);
            var result = AriResult.Created(w => AriJson.WritePlayback(w, playback));
            result.Headers["Location"] = "/playbacks/" + playback.Id;
            _pbx.Playback.Start(playback);
            return Done(result);
        }
    }

    private ValueTask<AriResult> Record(AriRequest request)
    {
        var maxDuration = request.GetInt("maxDurationSeconds", 0);
        var maxSilence = request.GetInt("maxSilenceSeconds", 0);
        if (maxDuration < 0)
        {
            return Done(AriResult.Error(400, "max_duration_seconds cannot be negative"));
        }
        if (maxSilence < 0)
        {
            return Done(AriResult.Error(400, "max_silence_seconds cannot be negative"));
        }
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error))
            {
                return Done(error!);
            }
            if (!RecordingRequest.TryRead(_pbx, request, out var options, out error))
            {
                return Done(error!);
            }
            var recording = new PbxRecording(options.Name, options.Format, channel, null)
            {
                MaxDurationSeconds = maxDuration,
                MaxSilenceSeconds = maxSilence,
                IfExists = options.IfExists,
                Beep = request.GetBool("beep", false),
                TerminateOn = options.TerminateOn,
            };
            var result = AriResult.Created(w => AriJson.WriteLiveRecording(w, recording));
            result.Headers["Location"] = "/recordings/live/" + Uri.EscapeDataString(recording.Name);
            _pbx.Recorder.Start(recording);
            return Done(result);
        }
    }

    private ValueTask<AriResult> GetVariable(AriRequest request)
    {
        var name = request.Get("variable");
        if (name is null)
        {
            return Done(AriResult.Error(400, "Variable name is required"));
        }
        lock (_pbx.Sync)
        {
            if (AriLookups.FindByName(_pbx, request.Path("channelId")) is not { } channel)
            {
                return Done(AriResult.Error(404, "Provided channel was not found"));
            }
            string? value;
            if (name.EndsWith(')'))
            {
                value = ChannelFunctions.Read(channel, name);
                if (value is null)
                {
                    return Done(AriResult.Error(500, "Unable to read provided function"));
                }
            }
            else if (!channel.Variables.TryGetValue(name, out value) && !_pbx.GlobalVariables.TryGetValue(name, out value))
            {
                return Done(AriResult.Error(404, "Provided variable was not found"));
            }
            return Done(AriResult.Ok(w =>
            {
                w.WriteStartObject();
                w.WriteString("value", value);
                w.WriteEndObject();
            }));
        }
    }

    private ValueTask<AriResult> SetVariable(AriRequest request)
    {
        var name = request.Get("variable");
        if (name is null)
        {
            return Done(AriResult.Error(400, "Variable name is required"));
        }
        var value = request.Get("value");
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindControl(_pbx, request.Path("channelId"), out var channel, out var error))
            {
                return Done(error!);
            }
            Queue(channel, "setvar", () =>
            {
                if (name.EndsWith(')'))
                {
                    ChannelFunctions.Write(channel, name, value ?? "");
                    return;
                }
                if (value is null)
                {
                    // Unsetting a variable publishes nothing; only a value does.
                    channel.Variables.Remove(name);
                    return;
                }
                _pbx.Lifecycle.SetVariable(channel, name, value);
            });
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> Snoop(AriRequest request, string? snoopId)
    {
        var spy = request.Get("spy") ?? "none";
        var whisper = request.Get("whisper") ?? "none";
        if (spy is not ("none" or "both" or "out" or "in"))
        {
            return Done(AriResult.Error(400, "Invalid direction specified for spy"));
        }
        if (whisper is not ("none" or "both" or "out" or "in"))
        {
            return Done(AriResult.Error(400, "Invalid direction specified for whisper"));
        }
        if (spy == "none" && whisper == "none")
        {
            return Done(AriResult.Error(400, "Direction must be specified for at least spy or whisper"));
        }
        if (request.Get("app") is not { } app)
        {
            return Done(AriResult.Error(400, "Application name is required"));
        }
        IReadOnlyList<string> arguments = request.Get("appArgs") is { } appArgs ? appArgs.Split(',') : [];
        lock (_pbx.Sync)
        {
            if (AriLookups.FindByName(_pbx, request.Path("channelId")) is not { } target)
            {
                return Done(AriResult.Error(404, "Provided channel was not found"));
            }
            if (snoopId is not null && _pbx.Channels.ContainsKey(snoopId))
            {
                return Done(AriResult.Error(500, "Snoop channel could not be created"));
            }
            var snoop = _pbx.Lifecycle.Create(ChannelKind.Snoop, snoopId, "Snoop/" + target.Id, null, "");
            snoop.State = ChannelStates.Up;
            snoop.AnsweredAt = _pbx.Clock.Now;
            snoop.SnoopTarget = target;
            target.Snoops.Add(snoop);
            _pbx.Lifecycle.Announce(snoop);
            _pbx.Apps.GetOrAdd(app).Subscribe(StasisApplication.ChannelKey(snoop.Id));
            var result = AriResult.Ok(w => AriJson.WriteChannel(w, snoop));
            _pbx.Dialer.RunStasis(snoop, app, arguments);
            return Done(result);
        }
    }

    private void ContinueInDialplan(PbxChannel channel, DialplanLocation location)
    {
        if (channel.Bridge is not null)
        {
            _pbx.BridgeOps.Leave(channel, explicitDeparture: true);
        }
        _pbx.Lifecycle.LeaveStasis(channel);
        channel.Context = location.Context;
        channel.Exten = location.Extension;
        channel.Priority = location.Priority;
        (channel.Phone as FakeCaller)?.OnContinued(location);
        var route = location.Context == _pbx.Dialplan.Context && location.Priority == _pbx.Dialplan.StasisPriority
            ? _pbx.Dialplan.Find(location.Extension)
            : null;
        if (route is not null)
        {
            channel.AppName = "Stasis";
            channel.AppData = route.AppData;
            _pbx.Dialer.RunStasis(channel, route.Application, route.Arguments);
        }
        else
        {
            // Nothing more in the fake dialplan: the channel runs off the end and is hung up.
            _pbx.Lifecycle.Hangup(channel, HangupInfo.FromDialplan(HangupCauses.NormalClearing));
        }
    }

    private void SetInitialVariables(PbxChannel channel, AriRequest request)
    {
        if (request.Variables is not { } variables)
        {
            return;
        }
        foreach (var variable in variables.EnumerateObject())
        {
            var value = variable.Value.ValueKind == JsonValueKind.String ? variable.Value.GetString()! : variable.Value.GetRawText();
            if (variable.Name.EndsWith(')'))
            {
                ChannelFunctions.Write(channel, variable.Name, value);
            }
            else
            {
                channel.Variables[variable.Name] = value;
            }
        }
    }

    private static void Queue(PbxChannel channel, string name, Action act) =>
        channel.Control.Enqueue(new ControlCommand(name, c =>
        {
            act();
            channel.Control.Complete(c);
        }));

    private static void Ringback(PbxChannel channel, bool on) => Flag(channel, () => channel.RingbackIndicated = on);

    private static void Flag(PbxChannel channel, Action set)
    {
        set();
        channel.Phone?.OnChanged();
    }

    private static void Music(PbxChannel channel, string? mohClass)
    {
        channel.MohClass = mohClass;
        BridgeOperations.RefreshMusic(channel);
    }

    private static string Combine(string? current, string direction) =>
        current is null || current == direction ? direction : "both";

    private static string? Without(string? current, string direction) =>
        current is null || direction == "both" || current == direction ? null : current == "both" ? (direction == "in" ? "out" : "in") : current;

    private static bool SplitEndpoint(string endpoint, out string technology, out string device)
    {
        var slash = endpoint.IndexOf('/', StringComparison.Ordinal);
        technology = slash < 0 ? endpoint : endpoint[..slash];
        device = slash < 0 ? "" : endpoint[(slash + 1)..];
        return technology.Length > 0 && device.Length > 0;
    }

    private static ValueTask<AriResult> Done(AriResult result) => ValueTask.FromResult(result);
}
