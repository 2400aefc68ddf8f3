using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CallCenter.Server.Tests.Ivr.EndToEnd;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>A CTI client on the event stream: reads the JSON messages the server sends, one at a time.</summary>
internal sealed class CtiEventSocket : IAsyncDisposable
{
    private readonly ClientWebSocket socket;

    private CtiEventSocket(ClientWebSocket socket) => this.socket = socket;

    public WebSocket Socket => socket;

    /// <summary>Connects with the key in the Authorization header (or, when <paramref name="inQuery"/>, as ?api_key=).</summary>
    public static async Task<CtiEventSocket> ConnectAsync(Uri server, string key, string query = "", bool inQuery = false)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var parameters = query;
        if (inQuery)
        {
            parameters += (parameters.Length == 0 ? "?" : "&") + "api_key=" + Uri.EscapeDataString(key);
        }
        else
        {
            socket.Options.SetRequestHeader("Authorization", "ApiKey " + key);
        }
        var address = new UriBuilder(server) { Scheme = "ws", Path = "/api/v1/events", Query = parameters.TrimStart('?') }.Uri;
        using var patience = new CancellationTokenSource(HotlineRig.Patience);
        try
        {
            await socket.ConnectAsync(address, patience.Token);
        }
        catch
        {
            throw new CtiEventSocketRefusedException(socket.HttpStatusCode);
        }
        return new CtiEventSocket(socket);
    }

    /// <summary>The next message; fails the test if none comes in time.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var patience = new CancellationTokenSource(HotlineRig.Patience);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, patience.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new AssertionException($"The server closed the event stream: {socket.CloseStatus} {socket.CloseStatusDescription}");
            }
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    /// <summary>The messages up to and including the first that <paramref name="last"/> is true of.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReceiveUntilAsync(Func<JsonElement, bool> last)
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            messages.Add(message);
            if (last(message))
            {
                return messages;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var patience = new CancellationTokenSource(HotlineRig.Patience);
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", patience.Token);
            }
            catch (WebSocketException)
            {
                // The server already dropped the connection.
            }
        }
        socket.Dispose();
    }
}

internal sealed class CtiEventSocketRefusedException(System.Net.HttpStatusCode status)
    : Exception($"The server refused the event stream with {(int)status}")
{
    public System.Net.HttpStatusCode Status { get; } = status;
}

internal static class CtiMessages
{
    public static string Type(this JsonElement message) => message.GetProperty("type").GetString()!;

    public static string? Text(this JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
