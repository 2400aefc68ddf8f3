using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using CallCenter.Ari.Events;
using Microsoft.Extensions.Logging;

namespace CallCenter.Ari.Streaming;

/// <summary>
/// Reads the event websocket until it closes: decodes each message and hands it to the dispatcher. It never
/// waits on a handler — Asterisk drops a websocket whose reader stalls for ~100 ms.
/// </summary>
public sealed class AriEventReader(IAriEventDispatcher dispatcher, ILogger<AriEventReader> logger)
{
    private readonly ConcurrentDictionary<string, byte> reportedUnknownTypes = new();
    private long eventsRead;
    private long malformedSkipped;

    public long EventsRead => Interlocked.Read(ref eventsRead);

    public long MalformedSkipped => Interlocked.Read(ref malformedSkipped);

    /// <summary>Returns when the socket closes; throws when it breaks.</summary>
    public async Task ReadAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (socket.State == WebSocketState.Open)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(message.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                message.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            Handle(message.WrittenSpan);
        }
    }

    /// <summary>Decodes and dispatches one message; public so a replayed trace can go the same way.</summary>
    public void Handle(ReadOnlySpan<byte> utf8Json)
    {
        if (!AriEventDecoder.TryDecode(utf8Json, out var ariEvent, out var error))
        {
            Interlocked.Increment(ref malformedSkipped);
            // The raw text is not logged: it is whatever arrived, and may carry caller data.
            logger.LogWarning("Skipped a malformed ARI event ({Length} bytes): {Reason}", utf8Json.Length, error);
            return;
        }
        Interlocked.Increment(ref eventsRead);
        if (ariEvent is UnknownAriEvent unknown && reportedUnknownTypes.TryAdd(unknown.Type, 0))
        {
            logger.LogWarning("ARI event type {EventType} is unknown to this version; it is kept as raw JSON", unknown.Type);
        }
        try
        {
            dispatcher.Dispatch(ariEvent);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Dispatching {EventType} failed", ariEvent.Type);
        }
    }
}
