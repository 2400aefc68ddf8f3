using CallCenter.Ari.Events;
using CallCenter.Ari.Rest;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Telephony.Queueing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony;

/// <summary>
/// The caller's line, driven through ARI REST. A channel that is already gone (404) or has left our
/// application (409, 422) is not an error here: the session learns of the hangup from its own events.
/// Queueing follows the real trace h_holding_then_bridge: a holding bridge of the caller's own with music on
/// hold; agent legs made with channels/create (our id, appArgs "agent", the caller as originator) and dialed;
/// on answer a mixing bridge with DTMF events for caller and agent. Every id is claimed for the session before
/// Asterisk hears of it, so all their events reach the caller's mailbox, in order.
/// </summary>
internal sealed class AriCallChannel(CallSession session, AriRestClient rest, string app, TimeProvider time, ILogger logger) : ICallChannel
{
    private int playbacks;
    private int recordings;

    public string CallId => session.CallId;

    public async Task AnswerAsync(CancellationToken cancellationToken)
    {
        await Tolerate("answer", () => rest.Channels.AnswerAsync(session.ChannelId, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken)
    {
        var playbackId = $"{session.CallId}-pb{Interlocked.Increment(ref playbacks)}";
        // Claimed before the request: PlaybackStarted can arrive before the 201 does.
        session.Own(AriResourceKey.Playback(playbackId));
        session.PlaybackQueued(playbackId);
        var played = await Tolerate("play", () => rest.Channels.PlayAsync(session.ChannelId, playbackId, media, language, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!played)
        {
            session.PlaybackGone(playbackId);
        }
        return playbackId;
    }

    public async Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken)
    {
        await Tolerate("stop playback", () => rest.Playbacks.StopAsync(playbackId, cancellationToken)).ConfigureAwait(false);
    }

    public async Task HangUpAsync(HangupCause cause, CancellationToken cancellationToken)
    {
        session.HangupRequested();
        var reason = cause switch
        {
            HangupCause.Busy => HangupReason.Busy,
            HangupCause.Congestion => HangupReason.Congestion,
            _ => HangupReason.Normal,
        };
        await Tolerate("hang up", () => rest.Channels.HangupAsync(session.ChannelId, reason, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string> RecordAsync(RecordingRequest request, CancellationToken cancellationToken)
    {
        // Unique across calls and restarts: recordings outlive the call in Asterisk's spool.
        var name = $"{session.CallId}-rec{Interlocked.Increment(ref recordings)}";
        session.Own(AriResourceKey.Recording(name));
        session.RecordingStarted(name);
        var record = new RecordRequest(name)
        {
            MaxDurationSeconds = (int)Math.Ceiling(request.MaxLength.TotalSeconds),
            MaxSilenceSeconds = request.MaxSilence is { } silence ? (int)Math.Ceiling(silence.TotalSeconds) : null,
            Beep = request.Beep,
            IfExists = RecordingOverwrite.Overwrite,
            TerminateOn = request.FinishKey switch
            {
                '#' => RecordingTermination.Hash,
                '*' => RecordingTermination.Star,
                null => RecordingTermination.None,
                _ => RecordingTermination.Any,
            },
        };
        await Tolerate("record", () => rest.Channels.RecordAsync(session.ChannelId, record, cancellationToken)).ConfigureAwait(false);
        return name;
    }

    public async Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        await Tolerate("stop recording", () => rest.Recordings.StopLiveAsync(recordingName, cancellationToken)).ConfigureAwait(false);
    }

    public async Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        await Tolerate("delete recording", () => rest.Recordings.DeleteStoredAsync(recordingName, cancellationToken)).ConfigureAwait(false);
    }

    public async Task HoldAsync(string? mohClass, CancellationToken cancellationToken)
    {
        var legs = session.Legs;
        if (legs.HoldBridgeId is null)
        {
            var bridgeId = $"{session.CallId}-hold";
            session.Own(AriResourceKey.Bridge(bridgeId));
            await rest.Bridges.CreateAsync(bridgeId, BridgeTypes.Holding, bridgeId, cancellationToken).ConfigureAwait(false);
            legs.HoldBridgeId = bridgeId;
        }
        await Tolerate("hold", () => rest.Bridges.AddChannelsAsync(legs.HoldBridgeId, [session.ChannelId], role: "participant", cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!legs.HoldMusicOn)
        {
            await rest.Bridges.StartMohAsync(legs.HoldBridgeId, mohClass, cancellationToken).ConfigureAwait(false);
            legs.HoldMusicOn = true;
        }
    }

    public async Task<string> RingAgentAsync(AgentLegRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Endpoint);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.RingTimeout, TimeSpan.Zero);
        var leg = session.Legs.Add(session.CallId);
        // Claimed before the create: its StasisStart comes at once and must not look like an orphan.
        session.Own(AriResourceKey.Channel(leg.Id));
        var create = new CreateChannelRequest(request.Endpoint, app)
        {
            ChannelId = leg.Id,
            AppArgs = [CallSwitchboard.AgentLegArgument],
            Originator = session.ChannelId,
            Variables = new Dictionary<string, string>
            {
                ["CALLERID(num)"] = request.CallerNumber,
                ["CALLERID(name)"] = request.CallerName,
            },
        };
        try
        {
            await rest.Channels.CreateAsync(create, cancellationToken).ConfigureAwait(false);
        }
        catch (AriException exception) when (exception is AriServerErrorException or AriBadRequestException or AriConflictException)
        {
            // 500 "Allocation failed" is an unknown endpoint or one with no registered contact.
            var reason = exception is AriServerErrorException ? AgentLegFailure.Unreachable : AgentLegFailure.Failed;
            logger.LogInformation("Agent leg to {Endpoint} could not be created: {Reason}", request.Endpoint, exception.Message);
            session.Disown(AriResourceKey.Channel(leg.Id));
            if (session.Legs.Ended(leg, reason, exception.Message) is { } failed)
            {
                session.Post(failed);
            }
            return leg.Id;
        }
        // Dial with the caller: Asterisk copies the caller's id to the leg's connected line, which the phone shows.
        var timeout = Math.Max(1, (int)Math.Ceiling(request.RingTimeout.TotalSeconds));
        if (!await Tolerate("dial agent", () => rest.Channels.DialAsync(leg.Id, session.ChannelId, timeout, cancellationToken)).ConfigureAwait(false))
        {
            // Never dialed, so no Dial event will say so; the leg may still linger in Asterisk.
            if (session.Legs.Ended(leg, AgentLegFailure.Failed, "could not dial") is { } failed)
            {
                session.Post(failed);
            }
            await Tolerate("hang up undialed agent leg", () => rest.Channels.HangupAsync(leg.Id, HangupReason.Normal, cancellationToken)).ConfigureAwait(false);
            return leg.Id;
        }
        logger.LogInformation("Ringing agent {Endpoint} on leg {LegId}", request.Endpoint, leg.Id);
        return leg.Id;
    }

    public async Task CancelAgentAsync(string legId, CancellationToken cancellationToken)
    {
        var leg = session.Legs.Get(legId);
        if (leg.State == AgentLegState.Ended)
        {
            return;
        }
        session.Legs.Cancelled(leg);
        await Tolerate("cancel agent leg", () => rest.Channels.HangupAsync(legId, HangupReason.Normal, cancellationToken)).ConfigureAwait(false);
    }

    public async Task ConnectAgentAsync(string legId, CancellationToken cancellationToken)
    {
        var legs = session.Legs;
        var leg = legs.Get(legId);
        if (leg.State != AgentLegState.Answered)
        {
            // Gone already (its end is on the way as an input), or connected twice.
            logger.LogInformation("Not connecting agent leg {LegId}: it is {LegState}", legId, leg.State);
            return;
        }
        leg.State = AgentLegState.Connecting;
        if (legs.HoldBridgeId is { } holdId)
        {
            if (legs.HoldMusicOn)
            {
                legs.HoldMusicOn = false;
                await Tolerate("stop hold music", () => rest.Bridges.StopMohAsync(holdId, cancellationToken)).ConfigureAwait(false);
            }
            await Tolerate("leave hold", () => rest.Bridges.RemoveChannelsAsync(holdId, [session.ChannelId], cancellationToken)).ConfigureAwait(false);
        }
        if (legs.TalkBridgeId is null)
        {
            var talkId = $"{session.CallId}-talk";
            session.Own(AriResourceKey.Bridge(talkId));
            await rest.Bridges.CreateAsync(talkId, BridgeTypes.MixingWithDtmf, talkId, cancellationToken).ConfigureAwait(false);
            legs.TalkBridgeId = talkId;
        }
        await Tolerate("connect agent", () => rest.Bridges.AddChannelsAsync(legs.TalkBridgeId, [session.ChannelId, legId], cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (legs.HoldBridgeId is { } emptied)
        {
            // The caller talks now; a hold later (the agent left) makes a new one.
            legs.HoldBridgeId = null;
            await DestroyBridgeAsync(emptied, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task LeaveBridgesAsync(CancellationToken cancellationToken)
    {
        var legs = session.Legs;
        foreach (var bridgeId in new[] { legs.TalkBridgeId, legs.HoldBridgeId }.OfType<string>())
        {
            if (bridgeId == legs.HoldBridgeId)
            {
                await Tolerate("stop hold music", () => rest.Bridges.StopMohAsync(bridgeId, cancellationToken)).ConfigureAwait(false);
            }
            await Tolerate("leave bridge", () => rest.Bridges.RemoveChannelsAsync(bridgeId, [session.ChannelId], cancellationToken)).ConfigureAwait(false);
            await DestroyBridgeAsync(bridgeId, cancellationToken).ConfigureAwait(false);
        }
        legs.TalkBridgeId = null;
        legs.HoldBridgeId = null;
    }

    public bool Post(CallInput input) => session.Post(input);

    /// <summary>The call is over: its agent legs are hung up and its bridges destroyed, so nothing is left in Asterisk.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        var legs = session.Legs;
        await HangUpAgentLegsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var bridgeId in new[] { legs.TalkBridgeId, legs.HoldBridgeId }.OfType<string>())
        {
            await DestroyBridgeAsync(bridgeId, cancellationToken).ConfigureAwait(false);
        }
        legs.TalkBridgeId = null;
        legs.HoldBridgeId = null;
    }

    /// <summary>
    /// Hangs up the agent legs still ringing or talking. Done before the call's end reaches the distributor: an agent
    /// freed first (no wrap-up) could be offered the next caller while this leg still rang on their phone.
    /// </summary>
    public async Task HangUpAgentLegsAsync(CancellationToken cancellationToken)
    {
        var legs = session.Legs;
        foreach (var leg in legs.Live)
        {
            legs.Cancelled(leg);
            await Tolerate("hang up agent leg", () => rest.Channels.HangupAsync(leg.Id, HangupReason.Normal, cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task DestroyBridgeAsync(string bridgeId, CancellationToken cancellationToken)
    {
        await Tolerate("destroy bridge", () => rest.Bridges.DestroyAsync(bridgeId, cancellationToken)).ConfigureAwait(false);
        session.Disown(AriResourceKey.Bridge(bridgeId));
    }

    public IDisposable StartTimer(TimeSpan delay, string name) =>
        time.CreateTimer(_ => session.Post(new TimerElapsed(name)), null, delay, Timeout.InfiniteTimeSpan);

    private async Task<bool> Tolerate(string what, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (AriException exception) when (exception is AriNotFoundException or AriConflictException or AriUnprocessableException)
        {
            logger.LogDebug("Could not {Action}: the channel is gone or no longer ours ({Status})", what, exception.StatusCode);
            return false;
        }
    }
}
