using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Media;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/bridges: resource_bridges.c.</summary>
internal sealed class BridgesResource
{
    private readonly Pbx _pbx;

    public BridgesResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "bridges", List);
        router.Map("POST", "bridges", r => Create(r, r.Get("bridgeId"), withId: false));
        router.Map("GET", "bridges/{bridgeId}", Get);
        router.Map("POST", "bridges/{bridgeId}", r => Create(r, r.Path("bridgeId"), withId: true));
        router.Map("DELETE", "bridges/{bridgeId}", Destroy);
        router.Map("POST", "bridges/{bridgeId}/addChannel", AddChannel);
        router.Map("POST", "bridges/{bridgeId}/removeChannel", RemoveChannel);
        router.Map("POST", "bridges/{bridgeId}/moh", StartMusic);
        router.Map("DELETE", "bridges/{bridgeId}/moh", StopMusic);
        router.Map("POST", "bridges/{bridgeId}/play", r => Play(r, r.Get("playbackId")));
        router.Map("POST", "bridges/{bridgeId}/play/{playbackId}", r => Play(r, r.Path("playbackId")));
        router.Map("POST", "bridges/{bridgeId}/record", Record);
        foreach (var path in new[] { "bridges/{bridgeId}/variable", "bridges/{bridgeId}/variables" })
        {
            router.Map("GET", path, _ => Done(AriLookups.NotSimulated()));
            router.Map("POST", path, _ => Done(AriLookups.NotSimulated()));
        }
        router.Map("POST", "bridges/{bridgeId}/videoSource/{channelId}", _ => Done(AriLookups.NotSimulated()));
        router.Map("DELETE", "bridges/{bridgeId}/videoSource", _ => Done(AriLookups.NotSimulated()));
    }

    private ValueTask<AriResult> List(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            var bridges = _pbx.Bridges.Values.ToList();
            return Done(AriResult.Ok(w =>
            {
                w.WriteStartArray();
                foreach (var bridge in bridges)
                {
                    AriJson.WriteBridge(w, bridge);
                }
                w.WriteEndArray();
            }));
        }
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            return Done(_pbx.Bridges.TryGetValue(request.Path("bridgeId"), out var bridge)
                ? AriResult.Ok(w => AriJson.WriteBridge(w, bridge))
                : AriResult.Error(404, "Bridge not found"));
        }
    }

    private ValueTask<AriResult> Create(AriRequest request, string? id, bool withId)
    {
        lock (_pbx.Sync)
        {
            if (id is not null && _pbx.Bridges.ContainsKey(id))
            {
                return Done(AriResult.Error(409, $"Bridge with id '{id}' already exists"));
            }
            if (!TryParseType(request.Get("type"), out var flags))
            {
                return Done(AriResult.Error(500, withId ? "Unable to create bridge" : $"Unable to create bridge. Possible duplicate bridge id '{id ?? "(null)"}'"));
            }
            var bridge = _pbx.BridgeOps.Create(id ?? Guid.NewGuid().ToString(), request.Get("name") ?? "", flags);
            return Done(AriResult.Ok(w => AriJson.WriteBridge(w, bridge)));
        }
    }

    private ValueTask<AriResult> Destroy(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error))
            {
                return Done(error!);
            }
            _pbx.BridgeOps.Destroy(bridge);
            return Done(AriResult.NoContent());
        }
    }

    private async ValueTask<AriResult> AddChannel(AriRequest request)
    {
        PbxBridge bridge;
        List<PbxChannel> channels;
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out bridge, out var error)
                || !TryFindControls(request, out channels, out error))
            {
                return error!;
            }
            var role = request.Get("role");
            foreach (var channel in channels)
            {
                channel.BridgeRole = role;
            }
        }
        var inhibit = request.GetBool("inhibitConnectedLineUpdates", false);
        foreach (var channel in channels)
        {
            ControlCommand command;
            lock (_pbx.Sync)
            {
                if (channel.ActiveRecording is not null)
                {
                    return AriResult.Error(409, $"Channel {channel.Id} currently recording");
                }
                command = channel.Control.Enqueue(new ControlCommand("add to bridge", c =>
                {
                    _pbx.BridgeOps.Add(bridge, channel, inhibit);
                    channel.Control.Complete(c);
                }));
            }
            // stasis_app_control_add_channel_to_bridge waits for the command: behind a playing prompt, so does this request.
            await command.Done.ConfigureAwait(false);
        }
        return AriResult.NoContent();
    }

    private async ValueTask<AriResult> RemoveChannel(AriRequest request)
    {
        List<ControlCommand> commands = [];
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error)
                || !TryFindControls(request, out var channels, out error))
            {
                return error!;
            }
            if (channels.Any(c => !ReferenceEquals(c.Bridge, bridge)))
            {
                return AriResult.Error(422, "Channel not in this bridge");
            }
            foreach (var channel in channels)
            {
                commands.Add(channel.Control.Enqueue(new ControlCommand("remove from bridge", c =>
                {
                    if (ReferenceEquals(channel.Bridge, bridge))
                    {
                        _pbx.BridgeOps.Leave(channel, explicitDeparture: true);
                    }
                    channel.Control.Complete(c);
                })));
            }
        }
        foreach (var command in commands)
        {
            await command.Done.ConfigureAwait(false);
        }
        return AriResult.NoContent();
    }

    private ValueTask<AriResult> StartMusic(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error))
            {
                return Done(error!);
            }
            _pbx.BridgeOps.StartMusic(bridge, request.Get("mohClass"));
            return Done(AriResult.NoContent());
        }
    }

    private ValueTask<AriResult> StopMusic(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error))
            {
                return Done(error!);
            }
            return Done(_pbx.BridgeOps.StopMusic(bridge) ? AriResult.NoContent() : AriResult.Error(409, "Bridge isn't playing music"));
        }
    }

    private ValueTask<AriResult> Play(AriRequest request, string? playbackId)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error))
            {
                return Done(error!);
            }
            var media = request.GetList("media");
            var skipMs = request.GetInt("skipms", 3000);
            var offsetMs = request.GetInt("offsetms", 0);
            if (media.Count == 0 || skipMs < 0 || offsetMs < 0)
            {
                return Done(AriResult.AllocationFailed());
            }
            _pbx.BridgeOps.EnsureAnnouncer(bridge);
            var playback = _pbx.Playback.Create(null, bridge, media, request.Get("lang") ?? _pbx.Options.DefaultLanguage, playbackId, skipMs, offsetMs);
            var result = AriResult.Created(w => AriJson.WritePlayback(w, playback));
            result.Headers["Location"] = "/playbacks/" + playback.Id;
            _pbx.Playback.Start(playback);
            return Done(result);
        }
    }

    private ValueTask<AriResult> Record(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!AriLookups.TryFindBridge(_pbx, request.Path("bridgeId"), out var bridge, out var error))
            {
                return Done(error!);
            }
            if (!RecordingRequest.TryRead(_pbx, request, out var options, out error))
            {
                return Done(error!);
            }
            _pbx.BridgeOps.EnsureAnnouncer(bridge);
            var recording = new PbxRecording(options.Name, options.Format, null, bridge)
            {
                MaxDurationSeconds = Math.Max(0, request.GetInt("maxDurationSeconds", 0)),
                MaxSilenceSeconds = Math.Max(0, request.GetInt("maxSilenceSeconds", 0)),
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

    /// <summary>control_list_create: every listed channel must exist (400) and be in Stasis (422).</summary>
    private bool TryFindControls(AriRequest request, out List<PbxChannel> channels, out AriResult? error)
    {
        channels = [];
        error = null;
        var ids = request.GetList("channel");
        if (ids.Count == 0)
        {
            error = AriResult.Error(400, "Missing parameter channel");
            return false;
        }
        foreach (var id in ids)
        {
            if (_pbx.Channels.TryGetValue(id, out var channel) && channel.InStasis)
            {
                channels.Add(channel);
                continue;
            }
            error = _pbx.Channels.ContainsKey(id)
                ? AriResult.Error(422, "Channel not in Stasis application")
                : AriResult.Error(400, "Channel not found");
            return false;
        }
        return true;
    }

    private static bool TryParseType(string? type, out BridgeFlags flags)
    {
        flags = BridgeFlags.None;
        foreach (var word in (type ?? "mixing").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            flags |= word switch
            {
                "mixing" => BridgeFlags.Mixing,
                "holding" => BridgeFlags.Holding,
                "dtmf_events" => BridgeFlags.DtmfEvents,
                "proxy_media" => BridgeFlags.ProxyMedia,
                "video_sfu" => BridgeFlags.VideoSfu,
                "video_single" => BridgeFlags.VideoSingle,
                "sdp_label" => BridgeFlags.SdpLabel,
                _ => (BridgeFlags)(-1),
            };
            if (flags < 0)
            {
                return false;
            }
        }
        if ((flags & (BridgeFlags.Mixing | BridgeFlags.Holding)) == 0)
        {
            flags |= BridgeFlags.Mixing;
        }
        return true;
    }

    private static ValueTask<AriResult> Done(AriResult result) => ValueTask.FromResult(result);
}
