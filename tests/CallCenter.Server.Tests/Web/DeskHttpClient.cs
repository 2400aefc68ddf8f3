using System.Net;
using System.Text.RegularExpressions;

namespace CallCenter.Server.Tests.Web;

/// <summary>
/// The desktop as a browser without JavaScript sees it: follows redirects itself and keeps cookies the way a
/// browser does for a loopback address, Secure ones included (HttpClient's own cookie jar never sends a Secure
/// cookie over http://, so it could not tell a working sign-in from a broken one).
/// </summary>
internal sealed partial class DeskHttpClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public DeskHttpClient(Uri address)
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    /// <summary>Every Set-Cookie header the server sent, as sent.</summary>
    public List<string> SetCookieHeaders { get; } = [];

    public bool HasCookie(string name) => cookies.ContainsKey(name);

    /// <summary>GET, following redirects; the final response and the path it came from.</summary>
    public async Task<DeskPage> GetAsync(string path)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        return await FollowAsync(response, path);
    }

    /// <summary>Fills the Blazor form named <paramref name="formName"/> on <paramref name="path"/> and posts it, as a browser would.</summary>
    public Task<DeskPage> SubmitAsync(string path, string formName, IDictionary<string, string> fields) =>
        PostFormAsync(path, null, new Dictionary<string, string>(fields) { ["_handler"] = formName });

    /// <summary>Opens <paramref name="path"/> and posts a form from it to <paramref name="action"/> (the page itself when null).</summary>
    public async Task<DeskPage> PostFormAsync(string path, string? action, IDictionary<string, string> fields)
    {
        var page = await GetAsync(path);
        var token = AntiforgeryToken().Match(page.Html);
        if (!token.Success)
        {
            throw new AssertionException($"{page.Path} has no antiforgery token: {page.Html}");
        }
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value) };
        action ??= page.Path;
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(form) };
        using var response = await SendAsync(request);
        return await FollowAsync(response, action);
    }

    public Task<DeskPage> SignOutAsync() => PostFormAsync("/", "/signout", new Dictionary<string, string>());

    /// <summary>Signs in on /signin with an extension and PIN; the page it lands on.</summary>
    public Task<DeskPage> SignInAsync(string extension, string pin, string path = "/signin") =>
        SubmitAsync(path, "signin", new Dictionary<string, string> { ["Input.Extension"] = extension, ["Input.Pin"] = pin });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                SetCookieHeaders.Add(header);
                var pair = header.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }
        return response;
    }

    public void Dispose() => http.Dispose();

    private async Task<DeskPage> FollowAsync(HttpResponseMessage response, string path)
    {
        for (var hops = 0; hops < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            var location = response.Headers.Location!;
            path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        }
        return new DeskPage(response.StatusCode, path, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
