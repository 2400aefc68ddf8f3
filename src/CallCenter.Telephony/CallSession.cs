using CallCenter.Ari.Events;
using CallCenter.Ari.Models;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Telephony.Queueing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony;

/// <summary>
/// One call: its mailbox (the only place its behaviour runs), the ARI resources it owns, and the translation
/// of Asterisk's events into call inputs. StasisEnd and ChannelDestroyed both mean the caller is gone; either
/// may come, in any order, or twice — the call ends once.
/// </summary>
internal sealed class CallSession : IAriEventSink
{
    private readonly AriEventRouter router;
    private readonly AriRestClient rest;
    private readonly TelephonyOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Mailbox<CallMessage> mailbox;
    private readonly HashSet<AriResourceKey> owned = [];
    private readonly HashSet<string> pendingPlaybacks = [];
    private readonly Lock ownedLock = new();
    private readonly Action<CallSession> onClosed;
    private readonly bool answered;
    private readonly AriCallChannel line;
    private ICallBehaviour? behaviour;
    private ITimer? hangupTimer;
    private ITimer? settleTimer;
    private CallEnded? endAfterRecordings;
    private readonly HashSet<string> recordingsInProgress = [];
    private bool weHungUp;
    private bool ended;
    private int closed;

    public CallSession(
        Channel channel,
        IReadOnlyList<string> args,
        bool takenBack,
        int knownSince,
        ICallBehaviourFactory behaviours,
        AriEventRouter router,
        AriRestClient rest,
        string app,
        TelephonyOptions options,
        TimeProvider time,
        ILoggerFactory loggers,
        Action<CallSession> onClosed)
        : this(
            channel.Id,
            new CallerInfo(
                CallId: channel.Id,
                Number: channel.Caller.Number,
                Name: channel.Caller.Name,
                DialedExtension: channel.Dialplan.Exten,
                Args: args,
                Language: string.IsNullOrEmpty(channel.Language) ? "en" : channel.Language,
                ArrivedAt: time.GetUtcNow()),
            channel.State == ChannelStates.Up,
            takenBack,
            knownSince,
            behaviours.Create,
            router,
            rest,
            app,
            options,
            time,
            loggers,
            onClosed)
    {
    }

    /// <summary>A session for <paramref name="channelId"/> whose behaviour <paramref name="behaviour"/> makes: also a call we place ourselves, before its channel exists.</summary>
    public CallSession(
        string channelId,
        CallerInfo caller,
        bool answered,
        bool takenBack,
        int knownSince,
        Func<CallerInfo, ICallChannel, ICallBehaviour> behaviour,
        AriEventRouter router,
        AriRestClient rest,
        string app,
        TelephonyOptions options,
        TimeProvider time,
        ILoggerFactory loggers,
        Action<CallSession> onClosed)
    {
        this.router = router;
        this.rest = rest;
        this.options = options;
        this.time = time;
        this.onClosed = onClosed;
        ChannelId = channelId;
        logger = loggers.CreateLogger<CallSession>();
        Caller = caller;
        TakenBack = takenBack;
        KnownSince = knownSince;
        this.answered = answered;
        Legs = new AgentLegs(ChannelId);
        line = new AriCallChannel(this, rest, app, time, logger);
        this.behaviour = behaviour(Caller, line);
        mailbox = new Mailbox<CallMessage>(
            $"call {CallId}",
            options.MailboxCapacity,
            HandleAsync,
            FailAsync,
            logger,
            new Dictionary<string, object?> { ["CallId"] = CallId });
    }

    /// <summary>Our id for the call; the caller channel's id, so a call taken back after a restart keeps it.</summary>
    public string CallId => Caller.CallId;

    public string ChannelId { get; }

    /// <summary>The agent legs and queue bridges this call owns; touched from its mailbox only.</summary>
    public AgentLegs Legs { get; }

    public CallerInfo Caller { get; }

    public bool TakenBack { get; }

    /// <summary>The ARI connection whose events first told us of this call.</summary>
    public int KnownSince { get; }

    /// <summary>Completes when the call is over and its mailbox has stopped.</summary>
    public Task Completion => mailbox.Completion;

    public bool TryDeliver(AriEvent ariEvent) => mailbox.TryPost(new AsteriskEvent(ariEvent));

    public bool Post(CallInput input) => mailbox.TryPost(new ServerInput(input));

    public bool Resync() => mailbox.TryPost(new ResyncAfterReconnect());

    /// <summary>
    /// Starts the call: its first input says it arrived, and only then does it claim its channel, so no event
    /// of the channel can be handled before the arrival.
    /// </summary>
    public void Start()
    {
        Post(new CallArrived(Caller, TakenBack, answered));
        Own(AriResourceKey.Channel(ChannelId));
    }

    /// <summary>Drops a session that lost the race to own its channel.</summary>
    public void Abandon() => mailbox.Complete();

    public void Own(AriResourceKey key)
    {
        lock (ownedLock)
        {
            owned.Add(key);
        }
        if (!router.Register(key, this))
        {
            logger.LogWarning("{Resource} is already owned by another call", key);
        }
    }

    public void PlaybackQueued(string playbackId)
    {
        lock (ownedLock)
        {
            pendingPlaybacks.Add(playbackId);
        }
    }

    public void PlaybackGone(string playbackId) => Disown(AriResourceKey.Playback(playbackId), playbackId);

    public void HangupRequested()
    {
        weHungUp = true;
        hangupTimer ??= time.CreateTimer(_ => mailbox.TryPost(new HangupUnconfirmed()), null, options.HangupConfirmTimeout, Timeout.InfiniteTimeSpan);
    }

    private async ValueTask HandleAsync(CallMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case ServerInput { Input: var input }:
                await DeliverAsync(input, cancellationToken).ConfigureAwait(false);
                break;
            case AsteriskEvent { Event: var ariEvent }:
                if (Translate(ariEvent) is { } translated)
                {
                    await DeliverAsync(translated, cancellationToken).ConfigureAwait(false);
                }
                if (endAfterRecordings is { } waiting && recordingsInProgress.Count == 0)
                {
                    // The last recording has been reported: now the call may end.
                    endAfterRecordings = null;
                    await DeliverAsync(waiting, cancellationToken).ConfigureAwait(false);
                }
                break;
            case RecordingsUnsettled when endAfterRecordings is { } unsettled:
                logger.LogWarning("Asterisk did not report {Recordings} recording(s) within {Timeout} of the hangup; ending the call without", recordingsInProgress.Count, options.RecordingSettleTimeout);
                endAfterRecordings = null;
                recordingsInProgress.Clear();
                await DeliverAsync(unsettled, cancellationToken).ConfigureAwait(false);
                break;
            case ResyncAfterReconnect:
                await ResyncAsync(cancellationToken).ConfigureAwait(false);
                break;
            case HangupUnconfirmed when !ended:
                logger.LogWarning("Asterisk did not confirm our hangup within {Timeout}; closing the call", options.HangupConfirmTimeout);
                await DeliverAsync(new CallEnded(CallEndReason.WeHungUp, "hangup not confirmed"), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private CallInput? Translate(AriEvent ariEvent)
    {
        switch (ariEvent)
        {
            case Dial { Dialstatus: "ANSWER" } dial when dial.Peer.Id == ChannelId:
                // Only a call we placed is dialed: the one we called picked up.
                return new CalleeAnswered();
            case ChannelDtmfReceived dtmf when dtmf.Channel.Id == ChannelId && dtmf.Digit.Length == 1:
                return new DigitPressed(dtmf.Digit[0]);
            case PlaybackStarted started:
                return new PromptStarted(started.Playback.Id, started.Playback.MediaUri);
            case PlaybackFinished finished:
                PlaybackGone(finished.Playback.Id);
                return new PromptFinished(finished.Playback.Id, finished.Playback.State == "failed" ? PromptOutcome.Failed : PromptOutcome.Done);
            case ChannelHangupRequest request when request.Channel.Id == ChannelId && request.Soft != true && !weHungUp:
                // The caller's BYE: what follows (a failed playback, StasisEnd) is the line going down, not news.
                return Ended(request.Cause is { } cause ? $"hangup cause {cause}" : "caller hung up");
            case RecordingFinished finished:
                recordingsInProgress.Remove(finished.Recording.Name);
                Disown(AriResourceKey.Recording(finished.Recording.Name));
                return new RecordingEnded(finished.Recording.Name, RecordingOutcome.Done, TimeSpan.FromSeconds(finished.Recording.Duration ?? 0));
            case RecordingFailed failed:
                recordingsInProgress.Remove(failed.Recording.Name);
                Disown(AriResourceKey.Recording(failed.Recording.Name));
                return new RecordingEnded(failed.Recording.Name, RecordingOutcome.Failed, TimeSpan.Zero);
            case StasisEnd end when end.Channel.Id == ChannelId:
                return Ended("left the application");
            case ChannelDestroyed destroyed when destroyed.Channel.Id == ChannelId:
                return Ended($"{destroyed.Cause} {destroyed.CauseTxt}");
            case ChannelDestroyed destroyed:
                Disown(AriResourceKey.Channel(destroyed.Channel.Id));
                return Legs.Translate(destroyed);
            default:
                return Legs.Translate(ariEvent);
        }
    }

    /// <summary>
    /// The caller's leg is gone. While a recording of it is still running, the end waits for Asterisk to report
    /// the recording (how long it is decides whether it holds a message), or for the settle timeout.
    /// </summary>
    private CallEnded? Ended(string detail)
    {
        if (ended || endAfterRecordings is not null)
        {
            return null;
        }
        var end = new CallEnded(weHungUp ? CallEndReason.WeHungUp : CallEndReason.CallerHungUp, detail);
        if (recordingsInProgress.Count == 0)
        {
            return end;
        }
        endAfterRecordings = end;
        settleTimer = time.CreateTimer(_ => mailbox.TryPost(new RecordingsUnsettled()), null, options.RecordingSettleTimeout, Timeout.InfiniteTimeSpan);
        return null;
    }

    public void RecordingStarted(string name) => recordingsInProgress.Add(name);

    private async Task DeliverAsync(CallInput input, CancellationToken cancellationToken)
    {
        if (ended)
        {
            return;
        }
        if (input is CallEnded end)
        {
            ended = true;
            logger.LogInformation(
                "Call ended: {EndReason} ({EndDetail}) after {CallSeconds:0.0} s",
                end.Reason, end.Detail, (time.GetUtcNow() - Caller.ArrivedAt).TotalSeconds);
        }
        else if (input is CallArrived && Caller.Args is [CallSwitchboard.PlacedCallArgument, ..])
        {
            logger.LogInformation("Calling {CallerNumber}", Caller.Number);
        }
        else if (input is CallArrived)
        {
            logger.LogInformation(
                "Call {Arrival} from {CallerNumber} to {DialedExtension}",
                TakenBack ? "taken back" : "arrived", Caller.Number, Caller.DialedExtension);
        }

        if (ended)
        {
            await HangUpAgentLegsQuietlyAsync(cancellationToken).ConfigureAwait(false);
        }
        if (behaviour is not null)
        {
            await behaviour.HandleAsync(input, cancellationToken).ConfigureAwait(false);
        }
        if (ended)
        {
            await ReleaseQuietlyAsync(cancellationToken).ConfigureAwait(false);
            Close();
        }
    }

    private async Task HangUpAgentLegsQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await line.HangUpAgentLegsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AriException exception)
        {
            logger.LogWarning("Could not hang up the call's agent legs: {Reason}", exception.Message);
        }
    }

    /// <summary>Agent legs and bridges go with the call; Asterisk being away must not keep the call open.</summary>
    private async Task ReleaseQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await line.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AriException exception)
        {
            logger.LogWarning("Could not clear the call's agent legs and bridges: {Reason}", exception.Message);
        }
    }

    /// <summary>
    /// Events lost while the websocket was down: a playback that ended unseen would stall the call, and so would
    /// an agent leg that vanished unseen.
    /// </summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        foreach (var leg in Legs.Live)
        {
            try
            {
                var now = await rest.Channels.GetAsync(leg.Id, cancellationToken).ConfigureAwait(false);
                if (now.State == ChannelStates.Up && leg.State is AgentLegState.Dialing or AgentLegState.Ringing)
                {
                    logger.LogInformation("Agent leg {LegId} was answered while we were disconnected", leg.Id);
                    leg.State = AgentLegState.Answered;
                    await DeliverAsync(new AgentAnswered(leg.Id), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (AriNotFoundException)
            {
                logger.LogInformation("Agent leg {LegId} ended while we were disconnected", leg.Id);
                Disown(AriResourceKey.Channel(leg.Id));
                if (Legs.Ended(leg, AgentLegFailure.Failed, "ended while we were disconnected") is { } gone)
                {
                    await DeliverAsync(gone, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        string[] playbacks;
        lock (ownedLock)
        {
            playbacks = [.. pendingPlaybacks];
        }
        foreach (var playbackId in playbacks)
        {
            try
            {
                await rest.Playbacks.GetAsync(playbackId, cancellationToken).ConfigureAwait(false);
            }
            catch (AriNotFoundException)
            {
                logger.LogInformation("Playback {PlaybackId} ended while we were disconnected", playbackId);
                PlaybackGone(playbackId);
                await DeliverAsync(new PromptFinished(playbackId, PromptOutcome.Done), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask FailAsync(Exception reason)
    {
        logger.LogError(reason, "Call {CallId} failed; hanging up", CallId);
        try
        {
            await rest.Channels.HangupAsync(ChannelId, HangupReason.Normal).ConfigureAwait(false);
        }
        catch (AriException exception)
        {
            logger.LogDebug("Hangup after failure: {Reason}", exception.Message);
        }
        await TellFailedAsync(reason).ConfigureAwait(false);
        await ReleaseQuietlyAsync(CancellationToken.None).ConfigureAwait(false);
        ended = true;
        Close();
    }

    /// <summary>
    /// The behaviour hears the end of a failed call too: until it does, a queued caller's agent stays reserved and
    /// the call's record stays open. The mailbox has stopped, so nothing else reaches the behaviour meanwhile.
    /// </summary>
    private async Task TellFailedAsync(Exception reason)
    {
        if (ended || behaviour is null)
        {
            return;
        }
        ended = true;
        using var patience = new CancellationTokenSource(options.HangupConfirmTimeout);
        try
        {
            await behaviour.HandleAsync(new CallEnded(CallEndReason.Failed, reason.GetType().Name), patience.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Call {CallId}: the end of the failed call could not be handled", CallId);
        }
    }

    public void Disown(AriResourceKey key, string? playbackId = null)
    {
        lock (ownedLock)
        {
            owned.Remove(key);
            if (playbackId is not null)
            {
                pendingPlaybacks.Remove(playbackId);
            }
        }
        router.Unregister(key, this);
    }

    private void Close()
    {
        if (Interlocked.Exchange(ref closed, 1) == 1)
        {
            return;
        }
        hangupTimer?.Dispose();
        settleTimer?.Dispose();
        AriResourceKey[] keys;
        lock (ownedLock)
        {
            keys = [.. owned];
            owned.Clear();
            pendingPlaybacks.Clear();
        }
        foreach (var key in keys)
        {
            router.Unregister(key, this);
        }
        behaviour = null;
        mailbox.Complete();
        onClosed(this);
    }
}
