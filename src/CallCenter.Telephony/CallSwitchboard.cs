using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CallCenter.Ari;
using CallCenter.Ari.Connection;
using CallCenter.Ari.Events;
using CallCenter.Ari.Models;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony;

/// <summary>
/// Takes every call that enters our Stasis application, gives it a session, takes calls back after a
/// reconnect, closes the ones that vanished, and on shutdown lets the calls in progress say goodbye.
/// </summary>
public sealed partial class CallSwitchboard
{
    private readonly ConcurrentDictionary<string, CallSession> sessions = new();
    private readonly ICallBehaviourFactory behaviours;
    private readonly AriEventRouter router;
    private readonly AriRestClient rest;
    private readonly AriOptions ariOptions;
    private readonly TelephonyOptions options;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggers;
    private readonly ILogger<CallSwitchboard> logger;
    private volatile bool draining;
    private AriConnection? connection;

    /// <summary>The Stasis argument our agent legs carry: Stasis(callcenter,agent).</summary>
    public const string AgentLegArgument = "agent";

    /// <summary>The Stasis argument the calls we place carry: Stasis(callcenter,callback).</summary>
    public const string PlacedCallArgument = "callback";

    public CallSwitchboard(
        ICallBehaviourFactory behaviours,
        AriEventRouter router,
        AriRestClient rest,
        AriOptions ariOptions,
        TelephonyOptions options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        this.behaviours = behaviours;
        this.router = router;
        this.rest = rest;
        this.ariOptions = ariOptions;
        this.options = options;
        this.time = time;
        this.loggers = loggers;
        logger = loggers.CreateLogger<CallSwitchboard>();
        router.OnUnrouted(OnUnrouted);
    }

    public int ActiveCalls => sessions.Count;

    public bool IsDraining => draining;

    /// <summary>Wires the switchboard to a connection so every (re)connect reconciles our calls.</summary>
    public void Attach(AriConnection connection)
    {
        this.connection = connection;
        connection.OnConnected = ReconcileAsync;
    }

    /// <summary>
    /// Stops taking new calls and asks every call in progress to say goodbye; completes when all have ended
    /// or <paramref name="cancellationToken"/> fires, then hangs up whatever is left.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        draining = true;
        var inProgress = sessions.Values.ToArray();
        logger.LogInformation("Shutting down: {ActiveCalls} calls in progress get a goodbye", inProgress.Length);
        foreach (var session in inProgress)
        {
            session.Post(new ShutdownRequested());
        }
        try
        {
            await Task.WhenAll(inProgress.Select(s => s.Completion)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            var left = sessions.Values.ToArray();
            logger.LogWarning("Shutdown grace period over; hanging up {ActiveCalls} calls", left.Length);
            await Task.WhenAll(left.Select(s => HangUpQuietlyAsync(s.ChannelId))).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Places a call of ours: its session, made with <paramref name="behaviour"/>, owns the channel id before
    /// Asterisk creates the channel, so every event of it reaches the session in order. The create and the dial go
    /// on in the background; when either fails the session gets <see cref="CallEnded"/> as if nobody answered.
    /// Null while shutting down.
    /// </summary>
    internal CallSession? Place(PlacedCall call, Func<CallerInfo, ICallChannel, ICallBehaviour> behaviour)
    {
        if (draining)
        {
            return null;
        }
        var caller = new CallerInfo(call.ChannelId, call.Number, call.Name, call.Number, [PlacedCallArgument], call.Language, time.GetUtcNow());
        var session = new CallSession(call.ChannelId, caller, answered: false, takenBack: false, connection?.ConnectionNumber ?? 0, behaviour, router, rest, ariOptions.App, options, time, loggers, s => sessions.TryRemove(s.ChannelId, out _));
        if (!sessions.TryAdd(call.ChannelId, session))
        {
            session.Abandon();
            return null;
        }
        session.Start();
        _ = DialOutAsync(session, call);
        return session;
    }

    private async Task DialOutAsync(CallSession session, PlacedCall call)
    {
        var create = new CreateChannelRequest(call.Endpoint, ariOptions.App)
        {
            ChannelId = call.ChannelId,
            AppArgs = [PlacedCallArgument],
            Variables = new Dictionary<string, string>
            {
                ["CALLERID(num)"] = call.CallerIdNumber,
                ["CALLERID(name)"] = call.CallerIdName,
            },
        };
        try
        {
            await rest.Channels.CreateAsync(create).ConfigureAwait(false);
        }
        catch (AriException exception)
        {
            // 500 "Allocation failed": the trunk has no contact, or the endpoint does not exist.
            logger.LogWarning("Could not place the call to {Endpoint}: {Reason}", call.Endpoint, exception.Message);
            session.Post(new CallEnded(CallEndReason.Failed, "could not create: " + exception.Message));
            return;
        }
        try
        {
            await rest.Channels.DialAsync(call.ChannelId, timeoutSeconds: Math.Max(1, (int)Math.Ceiling(call.RingTimeout.TotalSeconds))).ConfigureAwait(false);
            logger.LogInformation("Calling {Endpoint} on {ChannelId}", call.Endpoint, call.ChannelId);
        }
        catch (AriException exception)
        {
            logger.LogWarning("Could not dial {Endpoint}: {Reason}", call.Endpoint, exception.Message);
            session.Post(new CallEnded(CallEndReason.Failed, "could not dial: " + exception.Message));
            await HangUpQuietlyAsync(call.ChannelId).ConfigureAwait(false);
        }
    }

    private void OnUnrouted(AriEvent ariEvent)
    {
        if (ariEvent is not StasisStart start || sessions.ContainsKey(start.Channel.Id))
        {
            return;
        }
        if (draining)
        {
            _ = SendBackToDialplanAsync(start.Channel.Id);
            return;
        }
        StartSession(start.Channel, start.Args, takenBack: false, connection?.ConnectionNumber ?? 0);
    }

    private void StartSession(Channel channel, IReadOnlyList<string> args, bool takenBack, int knownSince)
    {
        if (IsPlacedByUs(channel.Id, args))
        {
            // An agent leg or a callback whose call we no longer know (made before a restart of ours): nobody to
            // connect it to. Those of calls we do know never get here: their session claimed the id before creating them.
            var kind = args is [PlacedCallArgument, ..] || channel.Id.Contains("-callback", StringComparison.Ordinal) ? "callback" : "agent leg";
            logger.LogWarning("Hanging up orphaned {Kind} {ChannelId}", kind, channel.Id);
            _ = HangUpQuietlyAsync(channel.Id);
            return;
        }
        var session = new CallSession(channel, args, takenBack, knownSince, behaviours, router, rest, ariOptions.App, options, time, loggers, s => sessions.TryRemove(s.ChannelId, out _));
        if (sessions.TryAdd(channel.Id, session))
        {
            session.Start();
        }
        else
        {
            session.Abandon();
        }
    }

    private async Task ReconcileAsync(AriConnectedContext context, CancellationToken cancellationToken)
    {
        // Calls that arrived on this connection are current; the application list, read while they were
        // arriving, may not even show them yet. Only calls from before this connection are in question.
        var earlier = sessions.Values.Where(s => s.KnownSince < context.Connection).ToList();
        if (context.AsteriskRestarted)
        {
            foreach (var session in earlier)
            {
                session.Post(new CallEnded(CallEndReason.Lost, "Asterisk restarted"));
            }
            return;
        }

        var alive = context.Application.ChannelIds.ToHashSet(StringComparer.Ordinal);
        foreach (var session in earlier)
        {
            if (alive.Contains(session.ChannelId))
            {
                session.Resync();
            }
            else
            {
                session.Post(new CallEnded(CallEndReason.Lost, "ended while we were disconnected"));
            }
        }

        foreach (var channelId in alive.Where(id => !sessions.ContainsKey(id) && !router.IsRegistered(AriResourceKey.Channel(id))))
        {
            await TakeBackAsync(channelId, context.Connection, cancellationToken).ConfigureAwait(false);
        }

        foreach (var bridgeId in context.Application.BridgeIds.Where(id => !router.IsRegistered(AriResourceKey.Bridge(id))))
        {
            // Nobody here owns it: a leftover of a previous run of ours. Left alone it would hold media forever.
            logger.LogInformation("Destroying bridge {BridgeId} left over from before the reconnect", bridgeId);
            await IgnoreGoneAsync(() => rest.Bridges.DestroyAsync(bridgeId, cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task TakeBackAsync(string channelId, int connectionNumber, CancellationToken cancellationToken)
    {
        // What is logged while taking a call back (the REST calls included) belongs to that call.
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["CallId"] = channelId });
        Channel channel;
        try
        {
            channel = await rest.Channels.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
        catch (AriNotFoundException)
        {
            return;
        }
        var args = StasisArgs(channel);
        if (draining)
        {
            await SendBackToDialplanAsync(channelId).ConfigureAwait(false);
            return;
        }
        StartSession(channel, args, takenBack: true, connectionNumber);
    }

    /// <summary>
    /// Our agent legs and callbacks carry the "agent" or "callback" argument, and their ids are ours
    /// ("{callId}-agent{n}", "{callId}-callback{n}"): one taken back after a restart of ours may show no Stasis
    /// arguments in its dialplan location, but its id still tells.
    /// </summary>
    private static bool IsPlacedByUs(string channelId, IReadOnlyList<string> args) =>
        (args.Count > 0 && args[0] is AgentLegArgument or PlacedCallArgument) || PlacedId().IsMatch(channelId);

    [GeneratedRegex(@"-(agent|callback)[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacedId();

    /// <summary>The Stasis() arguments after the app name, as far as the channel's dialplan location shows them.</summary>
    private IReadOnlyList<string> StasisArgs(Channel channel)
    {
        if (!string.Equals(channel.Dialplan.AppName, "Stasis", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var parts = channel.Dialplan.AppData.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts[0] == ariOptions.App ? parts[1..] : [];
    }

    private async Task SendBackToDialplanAsync(string channelId)
    {
        var target = options.DrainContinueTo.Split(',', StringSplitOptions.TrimEntries);
        try
        {
            if (target.Length == 3 && int.TryParse(target[2], out var priority))
            {
                await rest.Channels.ContinueAsync(channelId, target[0], target[1], priority).ConfigureAwait(false);
            }
            else
            {
                await rest.Channels.HangupAsync(channelId, HangupReason.Congestion).ConfigureAwait(false);
            }
        }
        catch (AriException exception)
        {
            logger.LogWarning("Could not turn away call {CallId} during shutdown: {Reason}", channelId, exception.Message);
        }
    }

    private async Task HangUpQuietlyAsync(string channelId) =>
        await IgnoreGoneAsync(() => rest.Channels.HangupAsync(channelId, HangupReason.Normal)).ConfigureAwait(false);

    private async Task IgnoreGoneAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (AriException exception) when (exception is AriNotFoundException or AriConflictException or AriUnreachableException)
        {
            logger.LogDebug("{Reason}", exception.Message);
        }
    }
}
