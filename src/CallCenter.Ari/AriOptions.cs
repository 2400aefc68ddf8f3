namespace CallCenter.Ari;

/// <summary>Where and how to reach Asterisk's REST Interface. Bound from the "Ari" configuration section.</summary>
public sealed class AriOptions
{
    public const string SectionName = "Ari";

    /// <summary>Asterisk's HTTP server, e.g. http://127.0.0.1:8088/ (a trailing "ari/" is accepted too).</summary>
    public Uri Url { get; set; } = new("http://127.0.0.1:8088/");

    public string User { get; set; } = "callcenter";

    public string Password { get; set; } = "";

    /// <summary>The Stasis application name the dialplan hands calls to: Stasis(callcenter).</summary>
    public string App { get; set; } = "callcenter";

    /// <summary>Default 10 s: a REST call that takes longer is treated as Asterisk being unreachable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Default 0.5 s: the first reconnect delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Default 30 s: the longest wait between reconnect attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default 50: REST connections kept open to Asterisk, below http.conf's sessionlimit (default 100).</summary>
    public int MaxConnections { get; set; } = 50;

    /// <summary>Default 10 s: websocket ping interval.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Default 10 s: a ping unanswered this long means the connection is dead.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The REST root, always ending in "/ari/".</summary>
    public Uri RestUri
    {
        get
        {
            // Built from parts so user info in a configured URL never travels (credentials go in a header).
            var text = Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
            if (text.EndsWith("/ari", StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^4];
            }
            return new Uri(text + "/ari/");
        }
    }

    /// <summary>The event websocket for <see cref="App"/>; credentials travel in a header, never here.</summary>
    public Uri EventsUri
    {
        get
        {
            var builder = new UriBuilder(new Uri(RestUri, "events"))
            {
                Scheme = RestUri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
                Query = $"app={Uri.EscapeDataString(App)}&subscribeAll=false",
            };
            return builder.Uri;
        }
    }

    /// <summary>The URL without any user info, fit for a log line.</summary>
    public string DisplayUrl => RestUri.ToString();
}
