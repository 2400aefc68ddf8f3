using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Support;

/// <summary>
/// A deliberately raw ARI application for tests of the fake: HttpClient with Basic auth and a ClientWebSocket,
/// independent of our own ARI client.
/// </summary>
public sealed class AriTestClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    private AriTestClient(FakeAsterisk fake)
    {
        Fake = fake;
        _http = new HttpClient { BaseAddress = fake.AriUri, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{fake.User}:{fake.Password}")));
    }

    public FakeAsterisk Fake { get; }

    public AriEventLog Log { get; } = new();

    public Task Closed => _reader ?? Task.CompletedTask;

    public static async Task<AriTestClient> ConnectAsync(FakeAsterisk fake, string? app = null, bool subscribeAll = false)
    {
        var client = new AriTestClient(fake);
        client._socket.Options.SetRequestHeader("Authorization", client._http.DefaultRequestHeaders.Authorization!.ToString());
        var uri = new Uri(fake.EventsUri + $"?app={Uri.EscapeDataString(app ?? fake.AppName)}&subscribeAll={(subscribeAll ? "true" : "false")}");
        await client._socket.ConnectAsync(uri, CancellationToken.None).ConfigureAwait(false);
        client._reader = client.ReadAsync();
        await fake.WaitForApplicationAsync(TimeSpan.FromSeconds(5), app).ConfigureAwait(false);
        return client;
    }

    public async Task<AriResponse> SendAsync(HttpMethod method, string path, object? query = null, string? jsonBody = null)
    {
        var target = path.TrimStart('/') + QueryString(query);
        using var request = new HttpRequestMessage(method, target);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }
        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return new AriResponse((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    public Task<AriResponse> PostAsync(string path, object? query = null, string? jsonBody = null) => SendAsync(HttpMethod.Post, path, query, jsonBody);

    public Task<AriResponse> GetAsync(string path, object? query = null) => SendAsync(HttpMethod.Get, path, query);

    public Task<AriResponse> DeleteAsync(string path, object? query = null) => SendAsync(HttpMethod.Delete, path, query);

    public Task<AriResponse> PutAsync(string path, object? query = null, string? jsonBody = null) => SendAsync(HttpMethod.Put, path, query, jsonBody);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The fake may already be gone; nothing to close.
            }
        }
        if (_reader is not null)
        {
            try
            {
                await _reader.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Ended by the cancellation above.
            }
        }
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    public static string QueryString(object? query)
    {
        if (query is null)
        {
            return "";
        }
        var pairs = query is IEnumerable<KeyValuePair<string, string>> dictionary
            ? dictionary.Select(p => (p.Key, Value: (string?)p.Value))
            : query.GetType().GetProperties().Select(p => (Key: p.Name, Value: Convert.ToString(p.GetValue(query), System.Globalization.CultureInfo.InvariantCulture)));
        var parts = pairs.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                return;
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }
            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            JsonObject? parsed = null;
            try
            {
                parsed = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                // Kept raw only: tests of malformed frames look at Log.Raw.
            }
            Log.Add(text, parsed);
        }
    }
}
