using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Core.Acd.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Web.Cti;

/// <summary>
/// /api/v1/events: the ACD's events, one JSON text message each, over a WebSocket, after a first Hello. Each socket
/// has its own subscription to the event bus, ended with the socket. A client too slow to keep up is sent Resync and
/// closed with 1013 (try again later): it reconnects and reads the current state afresh rather than go on from a gap.
/// </summary>
public static class CtiEventStream
{
    /// <summary>WebSocket close status 1013, "Try Again Later" (RFC 6455 registry): not in the enum.</summary>
    public const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public const string FellBehind = "fell behind; reconnect";
    public const string Stopping = "server stopping; reconnect";

    private static readonly TimeSpan CloseHandshake = TimeSpan.FromSeconds(5);

    public static async Task<IResult> AcceptAsync(
        HttpContext context,
        IAcdEventBus bus,
        IOptions<CtiOptions> options,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return CtiProblems.BadRequest("/api/v1/events is a WebSocket: connect with ws:// or wss://, not plain HTTP.");
        }
        if (CtiEventFilter.Parse(context.Request.Query, out var problem) is not { } filter)
        {
            return CtiProblems.BadRequest(problem!);
        }
        var logger = loggers.CreateLogger(typeof(CtiEventStream).FullName!);
        var client = context.User.Identity?.Name ?? "?";
        // Subscribed before the handshake, so nothing that happens while the client reads Hello is missed.
        using var subscription = bus.Subscribe($"CTI client {client}", options.Value.EventBuffer);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = options.Value.KeepAliveInterval }).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        logger.LogInformation("CTI client {ApiKeyName} connected to the event stream", client);
        var end = await StreamAsync(socket, subscription, filter, stop.Token).ConfigureAwait(false);
        logger.LogInformation("CTI client {ApiKeyName} left the event stream: {End}", client, end);
        return Results.Empty;
    }

    /// <summary>Sends Hello and then the events the filter passes until the client leaves, falls behind or the server stops.</summary>
    public static async Task<string> StreamAsync(WebSocket socket, AcdSubscription subscription, CtiEventFilter filter, CancellationToken stop)
    {
        // Not linked to stop: cancelling a pending receive aborts the socket, and a stopping server still closes politely.
        using var clientLeft = new CancellationTokenSource();
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(stop, clientLeft.Token);
        var receiving = ReceiveUntilCloseAsync(socket, clientLeft);
        try
        {
            await SendAsync(socket, CtiEvents.Hello(), sending.Token).ConfigureAwait(false);
            await foreach (var acdEvent in subscription.ReadAllAsync(sending.Token).ConfigureAwait(false))
            {
                if (filter.Passes(acdEvent) && CtiEvents.ToMessage(acdEvent) is { } message)
                {
                    await SendAsync(socket, message, sending.Token).ConfigureAwait(false);
                }
            }
            return "subscription ended";
        }
        catch (AcdSubscriberFellBehindException)
        {
            await CloseAsync(socket, TryAgainLater, FellBehind, receiving, CtiEvents.Resync()).ConfigureAwait(false);
            return "fell behind, told to resync";
        }
        catch (OperationCanceledException) when (socket.State is WebSocketState.CloseReceived)
        {
            await CloseAsync(socket, WebSocketCloseStatus.NormalClosure, "bye", receiving).ConfigureAwait(false);
            return "closed by the client";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && socket.State is WebSocketState.Open)
        {
            await CloseAsync(socket, WebSocketCloseStatus.EndpointUnavailable, Stopping, receiving).ConfigureAwait(false);
            return "server stopping";
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            return "connection lost";
        }
        finally
        {
            await clientLeft.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Reads (and ignores) what the client sends until it closes, so its close and pongs are seen.</summary>
    private static async Task ReceiveUntilCloseAsync(WebSocket socket, CancellationTokenSource clientLeft)
    {
        var buffer = new byte[1024];
        try
        {
            while (!clientLeft.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, clientLeft.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection is gone or we are closing it: nothing more to read.
        }
        finally
        {
            await clientLeft.CancelAsync().ConfigureAwait(false);
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string description, Task receiving, JsonObject? lastWord = null)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        using var patience = new CancellationTokenSource(CloseHandshake);
        try
        {
            if (lastWord is not null)
            {
                await SendAsync(socket, lastWord, patience.Token).ConfigureAwait(false);
            }
            await socket.CloseOutputAsync(status, description, patience.Token).ConfigureAwait(false);
            await receiving.WaitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client did not finish the closing handshake; the connection is dropped all the same.
        }
    }

    private static Task SendAsync(WebSocket socket, JsonObject message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString(CtiJson.Options)), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
}
