using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallCenter.Ari.Json;
using Microsoft.Extensions.Logging;

namespace CallCenter.Ari.Rest;

/// <summary>Sends one ARI request and turns the answer into a value or a typed <see cref="AriException"/>.</summary>
internal sealed class AriHttpTransport
{
    private readonly HttpClient http;
    private readonly Uri root;
    private readonly AuthenticationHeaderValue authorization;
    private readonly TimeSpan timeout;
    private readonly ILogger logger;

    public AriHttpTransport(HttpClient http, AriOptions options, ILogger logger)
    {
        this.http = http;
        this.logger = logger;
        root = options.RestUri;
        timeout = options.RequestTimeout;
        authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public async Task SendAsync(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, body, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, body, cancellationToken).ConfigureAwait(false);
        try
        {
            var value = await response.Content.ReadFromJsonAsync<T>(AriJson.Options, cancellationToken).ConfigureAwait(false);
            return value ?? throw new AriException(response.StatusCode, method.Method, path, "Asterisk answered with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new AriException(response.StatusCode, method.Method, path, $"Asterisk's answer is not the expected JSON: {exception.Message}", exception);
        }
    }

    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(root, path + query));
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: AriJson.Options);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new AriUnreachableException(method.Method, path, exception.Message, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AriUnreachableException(method.Method, path, $"no answer within {timeout.TotalSeconds:0.#} s", exception);
        }

        logger.LogDebug("ARI {Method} {Path} -> {Status}", method.Method, path, (int)response.StatusCode);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var message = await ReadErrorMessageAsync(response, cancellationToken).ConfigureAwait(false);
            throw AriException.For(response.StatusCode, method.Method, path, message);
        }
    }

    private static async Task<string> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return response.ReasonPhrase ?? response.StatusCode.ToString();
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            // Asterisk says {"message": "..."} for most errors but {"error": "..."} for allocation failures.
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["message", "error"])
                {
                    if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString()!;
                    }
                }
            }
        }
        catch (JsonException)
        {
        }
        return text.Length > 200 ? text[..200] : text;
    }

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
