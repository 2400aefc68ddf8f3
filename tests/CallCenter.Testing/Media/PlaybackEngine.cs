using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Media;

/// <summary>
/// res_stasis_playback: a playback waits its turn on the control queue, then plays its media items one after the
/// other. A missing sound file fails at once; a hangup ends the current item as failed; DELETE ends it as done.
/// </summary>
internal sealed class PlaybackEngine
{
    private readonly Pbx _pbx;

    public PlaybackEngine(Pbx pbx) => _pbx = pbx;

    public PbxPlayback Create(PbxChannel? channel, PbxBridge? bridge, IReadOnlyList<string> media, string language, string? id, int skipMs, int offsetMs)
    {
        var playback = new PbxPlayback(string.IsNullOrEmpty(id) ? Guid.NewGuid().ToString() : id, media, language, channel, bridge, skipMs == 0 ? 3000 : skipMs, offsetMs);
        _pbx.Playbacks[playback.Id] = playback;
        return playback;
    }

    /// <summary>Puts the playback on its control queue; it may start at once.</summary>
    public void Start(PbxPlayback playback)
    {
        var command = new ControlCommand("play", _ => Run(playback), () => Forget(playback));
        playback.Command = command;
        playback.Queue.Enqueue(command);
    }

    public PlaybackOperationResult Stop(PbxPlayback playback)
    {
        switch (playback.State)
        {
            case PlaybackState.Queued:
                playback.State = PlaybackState.Canceled;
                return PlaybackOperationResult.Ok;
            case PlaybackState.Playing or PlaybackState.Continuing or PlaybackState.Paused:
                if (!playback.Controllable)
                {
                    return PlaybackOperationResult.Failed;
                }
                playback.State = PlaybackState.Stopped;
                CancelTimer(playback);
                FinalUpdate(playback, ok: false, hangup: false);
                Finish(playback);
                return PlaybackOperationResult.Ok;
            default:
                return PlaybackOperationResult.Ok;
        }
    }

    public PlaybackOperationResult Control(PbxPlayback playback, string operation)
    {
        var playing = playback.State is PlaybackState.Playing or PlaybackState.Continuing;
        switch (operation)
        {
            case "restart" when playback.State == PlaybackState.Queued:
                return PlaybackOperationResult.Ok;
            case "unpause" when playing:
            case "pause" when playback.State == PlaybackState.Paused:
                return PlaybackOperationResult.Ok;
            case "unpause" when playback.State == PlaybackState.Paused:
                if (!playback.Controllable)
                {
                    return PlaybackOperationResult.Failed;
                }
                playback.State = PlaybackState.Playing;
                Publish(playback);
                Resume(playback, playback.Remaining);
                return PlaybackOperationResult.Ok;
        }
        if (!playing)
        {
            return PlaybackOperationResult.NotPlaying;
        }
        if (!playback.Controllable)
        {
            return PlaybackOperationResult.Failed;
        }
        var skip = _pbx.Clock.MediaToReal(TimeSpan.FromMilliseconds(playback.SkipMs));
        switch (operation)
        {
            case "pause":
                playback.State = PlaybackState.Paused;
                playback.Remaining = TimeLeft(playback);
                CancelTimer(playback);
                playback.EndsAt = null;
                Publish(playback);
                break;
            case "restart":
                Resume(playback, _pbx.Clock.MediaToReal(playback.ItemLength));
                break;
            case "reverse":
                var full = _pbx.Clock.MediaToReal(playback.ItemLength);
                Resume(playback, TimeLeft(playback) + skip > full ? full : TimeLeft(playback) + skip);
                break;
            case "forward":
                Resume(playback, TimeLeft(playback) - skip);
                break;
        }
        return PlaybackOperationResult.Ok;
    }

    /// <summary>A hangup cuts the playing item short: it ends as failed, and nothing after it plays.</summary>
    public void Interrupt(PbxChannel queueOwner)
    {
        if (queueOwner.CurrentPlayback is not { } playback)
        {
            return;
        }
        CancelTimer(playback);
        FinalUpdate(playback, ok: false, hangup: true);
        Finish(playback);
    }

    private void Run(PbxPlayback playback)
    {
        var owner = playback.Channel ?? playback.Bridge!.Announcer;
        owner.CurrentPlayback = playback;
        SuspendFromBridge(playback);
        if (playback.State == PlaybackState.Canceled)
        {
            Publish(playback);
            Finish(playback);
            return;
        }
        PlayFrom(playback, playback.Index, playback.OffsetMs);
    }

    private void PlayFrom(PbxPlayback playback, int first, int offsetMs)
    {
        for (var index = first; index < playback.Media.Count; index++, offsetMs = 0)
        {
            playback.Index = index;
            playback.State = PlaybackState.Playing;
            var item = MediaItem.Resolve(playback.CurrentMedia, playback.Language, _pbx.Sounds, _pbx.Storage);
            playback.Controllable = item.Controllable;
            Listen(playback);
            Publish(playback);
            switch (item.Kind)
            {
                case MediaKind.Timed:
                    playback.Endless = false;
                    var length = item.Duration - TimeSpan.FromMilliseconds(offsetMs);
                    playback.ItemLength = length > TimeSpan.Zero ? length : TimeSpan.Zero;
                    Resume(playback, _pbx.Clock.MediaToReal(playback.ItemLength));
                    return;
                case MediaKind.Endless:
                    playback.Endless = true;
                    playback.ItemLength = TimeSpan.Zero;
                    playback.EndsAt = null;
                    return;
                case MediaKind.Failed:
                    FinalUpdate(playback, ok: false, hangup: false);
                    if (playback.State != PlaybackState.Continuing)
                    {
                        Finish(playback);
                        return;
                    }
                    break;
                case MediaKind.Skipped:
                    // res_stasis_playback "continue"s past such an item without a final update: no event says it ended.
                    Heard(playback, PlaybackOutcome.Failed);
                    break;
            }
        }
        Finish(playback);
    }

    private void Resume(PbxPlayback playback, TimeSpan realRemaining)
    {
        CancelTimer(playback);
        if (playback.Endless)
        {
            return;
        }
        if (realRemaining < TimeSpan.Zero)
        {
            realRemaining = TimeSpan.Zero;
        }
        playback.EndsAt = _pbx.Clock.Now + realRemaining;
        playback.EndTimer = _pbx.Clock.After(realRemaining, () => ItemEnded(playback));
    }

    private void ItemEnded(PbxPlayback playback)
    {
        playback.EndTimer = null;
        FinalUpdate(playback, ok: true, hangup: false);
        if (playback.State == PlaybackState.Continuing)
        {
            PlayFrom(playback, playback.Index + 1, 0);
        }
        else
        {
            Finish(playback);
        }
    }

    private void FinalUpdate(PbxPlayback playback, bool ok, bool hangup)
    {
        PlaybackOutcome outcome;
        if (ok)
        {
            playback.State = playback.IsLast || hangup ? PlaybackState.Complete : PlaybackState.Continuing;
            outcome = PlaybackOutcome.Done;
        }
        else if (playback.State == PlaybackState.Stopped)
        {
            outcome = PlaybackOutcome.Stopped;
        }
        else
        {
            playback.State = playback.IsLast || hangup ? PlaybackState.Failed : PlaybackState.Continuing;
            outcome = PlaybackOutcome.Failed;
        }
        Heard(playback, outcome);
        Publish(playback);
    }

    private void Finish(PbxPlayback playback)
    {
        CancelTimer(playback);
        var owner = playback.Channel ?? playback.Bridge!.Announcer;
        if (ReferenceEquals(owner.CurrentPlayback, playback))
        {
            owner.CurrentPlayback = null;
            SuspendFromBridge(playback);
        }
        Forget(playback);
        if (playback.Command is { } command)
        {
            playback.Queue.Complete(command);
        }
    }

    /// <summary>A channel's own prompt while it is in a bridge pauses the bridge's music for it (and ends the pause).</summary>
    private static void SuspendFromBridge(PbxPlayback playback)
    {
        if (playback.Channel is { Bridge: not null } channel)
        {
            BridgeOperations.RefreshMusic(channel);
        }
    }

    private void Forget(PbxPlayback playback)
    {
        if (_pbx.Playbacks.TryGetValue(playback.Id, out var registered) && ReferenceEquals(registered, playback))
        {
            _pbx.Playbacks.Remove(playback.Id);
        }
        playback.Listeners.Clear();
    }

    private void Listen(PbxPlayback playback)
    {
        playback.Listeners.Clear();
        if (playback.Channel?.Phone is { } phone)
        {
            playback.Listeners.Add(phone);
        }
        else if (playback.Bridge is { } bridge)
        {
            playback.Listeners.AddRange(bridge.Channels.Select(c => c.Phone).OfType<FakePhoneCall>());
        }
        var now = _pbx.Clock.Now;
        foreach (var listener in playback.Listeners)
        {
            listener.OnPlaybackStarted(new PlaybackRecord(playback.Id, playback.CurrentMedia, playback.TargetUri, playback.Language, now, null, PlaybackOutcome.Playing), playback.Index);
        }
    }

    private void Heard(PbxPlayback playback, PlaybackOutcome outcome)
    {
        var now = _pbx.Clock.Now;
        foreach (var listener in playback.Listeners)
        {
            listener.OnPlaybackEnded(playback.Id, playback.Index, now, outcome);
        }
    }

    private void Publish(PbxPlayback playback)
    {
        var type = playback.State switch
        {
            PlaybackState.Playing => "PlaybackStarted",
            PlaybackState.Continuing => "PlaybackContinuing",
            PlaybackState.Queued or PlaybackState.Paused => null,
            _ => "PlaybackFinished",
        };
        if (type is null)
        {
            return;
        }
        var scope = playback.Channel is { } channel ? EventScope.OfChannel(channel) : EventScope.OfBridge(playback.Bridge!);
        _pbx.Events.Emit(scope, type, w =>
        {
            w.WritePropertyName("playback");
            AriJson.WritePlayback(w, playback);
        });
    }

    private TimeSpan TimeLeft(PbxPlayback playback)
    {
        if (playback.EndsAt is not { } end)
        {
            return playback.Remaining;
        }
        var left = end - _pbx.Clock.Now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static void CancelTimer(PbxPlayback playback)
    {
        playback.EndTimer?.Dispose();
        playback.EndTimer = null;
    }
}
