using System.Net;
using System.Net.WebSockets;
using System.Text;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CallCenter.Ari.Connection;

/// <summary>
/// Keeps the event websocket to Asterisk open: connects, reads until it breaks, and reconnects with
/// exponential backoff and jitter for as long as it runs. After every connect it reads /asterisk/info (a
/// changed startup time means Asterisk restarted) and GET /applications/{app}, and hands both to
/// <see cref="OnConnected"/> so calls still alive are taken back and calls that are gone are closed.
/// </summary>
public sealed class AriConnection : IAsyncDisposable
{
    private readonly AriOptions options;
    private readonly AriRestClient rest;
    private readonly AriEventReader reader;
    private readonly ILogger<AriConnection> logger;
    private readonly ResiliencePipeline connectPipeline;
    private readonly TimeProvider time;
    private readonly Lock stateLock = new();
    private readonly List<TaskCompletionSource> stateWaiters = [];
    private CancellationTokenSource? running;
    private Task? loop;
    private ClientWebSocket? socket;
    private DateTimeOffset? lastStartupTime;
    private string? lastEntityId;
    private bool everConnected;

    public AriConnection(AriOptions options, AriRestClient rest, AriEventReader reader, ILogger<AriConnection> logger, TimeProvider? timeProvider = null)
    {
        this.options = options;
        this.rest = rest;
        this.reader = reader;
        this.logger = logger;
        time = timeProvider ?? TimeProvider.System;
        connectPipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ReconnectDelay,
                MaxDelay = options.MaxReconnectDelay,
                MaxRetryAttempts = int.MaxValue,
                OnRetry = args =>
                {
                    // One line per attempt, so a long outage reads as a slow, countable series — not a flood.
                    logger.LogWarning(
                        "Asterisk ARI at {AriUrl} not reachable ({Reason}); attempt {Attempt}, next in {DelaySeconds:0.0} s",
                        options.DisplayUrl, Describe(args.Outcome.Exception), args.AttemptNumber + 1, args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public AriConnectionState State { get; private set; } = AriConnectionState.Connecting;

    /// <summary>Raised on every state change, on the connection's own loop.</summary>
    public event Action<AriConnectionStateChanged>? StateChanged;

    /// <summary>Awaited after every connect, before events of the new connection are considered settled.</summary>
    public Func<AriConnectedContext, CancellationToken, Task>? OnConnected { get; set; }

    /// <summary>How many times the websocket has connected; events being read belong to this connection.</summary>
    public int ConnectionNumber { get; private set; }

    /// <summary>Asterisk's answer to the last /asterisk/info, once connected.</summary>
    public Models.AsteriskInfo? AsteriskInfo { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (loop is not null)
        {
            throw new InvalidOperationException("The ARI connection is already running.");
        }
        running = new CancellationTokenSource();
        loop = Task.Run(() => RunAsync(running.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Closes the websocket politely and stops reconnecting. Safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (running is null || loop is null)
        {
            SetState(AriConnectionState.Stopped, "stopped before start");
            return;
        }
        if (!running.IsCancellationRequested)
        {
            await running.CancelAsync().ConfigureAwait(false);
        }
        var current = socket;
        if (current is { State: WebSocketState.Open })
        {
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                await current.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stopping", grace.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
        try
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        SetState(AriConnectionState.Stopped, "stopped");
    }

    /// <summary>Completes when the connection is (or next becomes) <paramref name="state"/>.</summary>
    public async Task WaitForStateAsync(AriConnectionState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource waiter;
            lock (stateLock)
            {
                if (State == state)
                {
                    return;
                }
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                stateWaiters.Add(waiter);
            }
            await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        // Not disposed: a second Stop or Dispose must still be able to ask whether it was cancelled.
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ClientWebSocket connected;
            AriConnectedContext context;
            try
            {
                (connected, context) = await connectPipeline.ExecuteAsync(ConnectAsync, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }

            string reason;
            try
            {
                // Read first, take back calls second: Asterisk drops a websocket nobody reads.
                var reading = reader.ReadAsync(connected, stopping);
                SetState(AriConnectionState.Connected, null);
                await ReconcileAsync(context, stopping).ConfigureAwait(false);
                await reading.ConfigureAwait(false);
                reason = connected.CloseStatus is { } status
                    ? $"Asterisk closed the websocket ({status} {connected.CloseStatusDescription})"
                    : "the websocket closed";
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                reason = Describe(exception);
            }
            finally
            {
                socket = null;
                connected.Dispose();
            }

            if (stopping.IsCancellationRequested)
            {
                break;
            }
            logger.LogWarning("Lost the ARI connection: {Reason}; reconnecting", reason);
            SetState(AriConnectionState.Reconnecting, reason);
            try
            {
                // A pause before the first try too: a restarting Asterisk is not back in the same millisecond.
                await Task.Delay(options.ReconnectDelay, time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async ValueTask<(ClientWebSocket Socket, AriConnectedContext Context)> ConnectAsync(CancellationToken cancellationToken)
    {
        var candidate = new ClientWebSocket();
        try
        {
            candidate.Options.SetRequestHeader(
                "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
            candidate.Options.KeepAliveInterval = options.KeepAliveInterval;
            candidate.Options.KeepAliveTimeout = options.KeepAliveTimeout;
            candidate.Options.CollectHttpResponseDetails = true;
            try
            {
                await candidate.ConnectAsync(options.EventsUri, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException) when (candidate.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new AriUnauthorizedException(candidate.HttpStatusCode, "GET", "events", $"Asterisk refused ARI user '{options.User}': check Ari:User and Ari:Password against ari.conf");
            }

            var info = await rest.Asterisk.GetInfoAsync(cancellationToken).ConfigureAwait(false);
            var application = await rest.Applications.GetAsync(options.App, cancellationToken).ConfigureAwait(false);
            var context = new AriConnectedContext(info, application, ConnectionNumber + 1, IsRestart(info));
            everConnected = true;
            // Counted before any event of the new connection is read, so event handlers can tell which
            // connection taught them what.
            ConnectionNumber = context.Connection;
            lastStartupTime = info.Status?.StartupTime;
            lastEntityId = info.System?.EntityId;
            AsteriskInfo = info;
            socket = candidate;
            logger.LogInformation(
                "Connected to Asterisk {AsteriskVersion} at {AriUrl} as application {AriApp}{Restarted}",
                info.System?.Version ?? "?", options.DisplayUrl, options.App, context.AsteriskRestarted ? "; Asterisk restarted since the last connection" : "");
            return (candidate, context);
        }
        catch
        {
            candidate.Abort();
            candidate.Dispose();
            throw;
        }
    }

    private async Task ReconcileAsync(AriConnectedContext context, CancellationToken cancellationToken)
    {
        if (OnConnected is not { } handler)
        {
            return;
        }
        try
        {
            await handler(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed take-back must not cost us the connection every other call depends on.
            logger.LogError(exception, "Taking back calls after connecting failed");
        }
    }

    private bool IsRestart(Models.AsteriskInfo info) =>
        everConnected
        && (info.Status?.StartupTime != lastStartupTime || (info.System?.EntityId is { } entity && entity != lastEntityId));

    private void SetState(AriConnectionState next, string? reason)
    {
        AriConnectionStateChanged change;
        List<TaskCompletionSource> waiters;
        lock (stateLock)
        {
            if (State == next)
            {
                return;
            }
            change = new AriConnectionStateChanged(State, next, reason);
            State = next;
            waiters = [.. stateWaiters];
            stateWaiters.Clear();
        }
        foreach (var waiter in waiters)
        {
            waiter.TrySetResult();
        }
        try
        {
            StateChanged?.Invoke(change);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A StateChanged handler failed");
        }
    }

    private static string Describe(Exception? exception) => exception switch
    {
        null => "unknown",
        AriException ari => ari.Message,
        // The innermost cause says what happened ("Connection refused (127.0.0.1:8088)"); the wrappers do not.
        _ => exception.GetBaseException().Message,
    };
}
