using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>A system (a CRM) calling the CTI API over HTTP with an API key, or with none.</summary>
internal sealed class CtiClient(Uri address, string? key = null) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };

    public async Task<CtiResponse> GetAsync(string path, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }
        headers?.Invoke(request.Headers);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new CtiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public void Dispose() => http.Dispose();
}

internal sealed record CtiResponse(HttpStatusCode Status, string? MediaType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The problem's detail, for a problem+json response.</summary>
    public string? Detail => MediaType == "application/problem+json" && Json.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
}
