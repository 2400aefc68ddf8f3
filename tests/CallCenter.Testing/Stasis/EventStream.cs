using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace CallCenter.Testing.Stasis;

/// <summary>
/// One /ari/events websocket. Frames go through a single ordered queue drained by one sender, so events are never
/// interleaved and the PBX (and REST handlers) never wait for a slow reader.
/// </summary>
internal sealed class EventStream
{
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly Channel<ReadOnlyMemory<byte>> _frames =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });
    private int _open = 1;

    public EventStream(HttpContext context, WebSocket socket, IReadOnlyList<string> applications, bool subscribeAll)
    {
        _context = context;
        _socket = socket;
        Applications = applications;
        SubscribeAll = subscribeAll;
    }

    public IReadOnlyList<string> Applications { get; }

    public bool SubscribeAll { get; }

    public bool IsOpen => Volatile.Read(ref _open) == 1;

    public void Enqueue(ReadOnlyMemory<byte> frame)
    {
        if (IsOpen)
        {
            _frames.Writer.TryWrite(frame);
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a crashed or unreachable Asterisk would.</summary>
    public void Abort()
    {
        if (Interlocked.Exchange(ref _open, 0) == 1)
        {
            _frames.Writer.TryComplete();
            _context.Abort();
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var receiving = ReceiveAsync(cancellationToken);
        var sending = SendAsync(cancellationToken);
        await Task.WhenAny(receiving, sending).ConfigureAwait(false);
        Interlocked.Exchange(ref _open, 0);
        _frames.Writer.TryComplete();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The peer is already gone; there is nobody left to tell.
            }
        }
        await Task.WhenAll(Quietly(receiving), Quietly(sending)).ConfigureAwait(false);
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        await foreach (var frame in _frames.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (_socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or ChannelClosedException or IOException)
        {
            // The connection ended; how it ended is not the application's concern.
        }
    }
}
