using System.Net;
using System.Text;
using System.Text.Json;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Control;
using CallCenter.Testing.Stasis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Testing.Rest;

/// <summary>Kestrel on 127.0.0.1 serving /ari/ and the /ari/events websocket, with Asterisk's authentication rules.</summary>
internal sealed class AriServer : IAsyncDisposable
{
    private const string Realm = "Asterisk REST Interface";
    private readonly Pbx _pbx;
    private readonly AriRouter _router;
    private readonly RequestLog _log;
    private readonly Action _applicationsChanged;
    private readonly ILogger _logger;
    private WebApplication? _app;

    private AriServer(Pbx pbx, AriRouter router, RequestLog log, Action applicationsChanged, ILogger logger)
    {
        _pbx = pbx;
        _router = router;
        _log = log;
        _applicationsChanged = applicationsChanged;
        _logger = logger;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<AriServer> StartAsync(Pbx pbx, AriRouter router, RequestLog log, Action applicationsChanged, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        var server = new AriServer(pbx, router, log, applicationsChanged, factory.CreateLogger<FakeAsterisk>());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(factory);
        builder.Services.AddLogging();
        builder.Services.AddOptions();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        server._app = app;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        bool up;
        lock (_pbx.Sync)
        {
            up = _pbx.IsUp;
        }
        if (!up)
        {
            // Nothing listens while Asterisk is down: the connection just drops.
            context.Abort();
            return;
        }
        var request = context.Request;
        var receivedAt = _pbx.Clock.Now;
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var path = request.Path.Value ?? "/";
        var recorded = new RecordedRequest(request.Method, path, MaskedQuery(request), body.Length == 0 ? null : body, 0, receivedAt);
        var id = _log.Begin(recorded);
        var status = 500;
        try
        {
            status = await ServeAsync(context, path, body).ConfigureAwait(false);
        }
        finally
        {
            _log.End(id, recorded with { Status = status });
        }
    }

    private async Task<int> ServeAsync(HttpContext context, string path, string body)
    {
        var request = context.Request;
        if (!path.StartsWith("/ari/", StringComparison.Ordinal) && path != "/ari")
        {
            context.Response.StatusCode = 404;
            return 404;
        }
        var parameters = Parameters(request);
        JsonElement? json = null;
        if (body.Length > 0)
        {
            if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                foreach (var (key, values) in QueryHelpers.ParseQuery(body))
                {
                    parameters[key] = [.. values.OfType<string>()];
                }
            }
            else
            {
                try
                {
                    json = JsonDocument.Parse(body).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return await WriteAsync(context, AriResult.Error(400, "Error parsing request body")).ConfigureAwait(false);
                }
                BodyParameters(json.Value, parameters);
            }
        }
        if (!Authenticated(request, parameters))
        {
            var denied = AriResult.Error(401, "Authentication required");
            denied.Headers["WWW-Authenticate"] = $"Basic realm=\"{Realm}\"";
            return await WriteAsync(context, denied).ConfigureAwait(false);
        }
        var relative = path.Length > 5 ? path[5..] : "";
        if (relative.EndsWith('/'))
        {
            return await WriteAsync(context, AriResult.Error(404, $"ARI URLs do not end with a slash. Try /ari/{relative.TrimEnd('/')}")).ConfigureAwait(false);
        }
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments is ["events"] && request.Method == "GET")
        {
            return await EventsAsync(context, parameters).ConfigureAwait(false);
        }
        var match = _router.Match(request.Method, segments);
        switch (match.Outcome)
        {
            case RouteOutcome.NotFound:
                return await WriteAsync(context, AriResult.Error(404, "Resource not found")).ConfigureAwait(false);
            case RouteOutcome.MethodNotAllowed:
                var invalid = AriResult.Error(405, "Invalid method");
                invalid.Headers["Allow"] = string.Join(",", match.AllowedMethods);
                return await WriteAsync(context, invalid).ConfigureAwait(false);
        }
        AriResult result;
        try
        {
            result = await match.Handler!(new AriRequest(request.Method, match.PathValues, parameters, json, context.RequestAborted)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "FakeAsterisk failed serving {Method} {Path}", request.Method, path);
            result = AriResult.Error(500, "FakeAsterisk failed: " + exception.Message);
        }
        return await WriteAsync(context, result).ConfigureAwait(false);
    }

    private async Task<int> EventsAsync(HttpContext context, Dictionary<string, List<string>> parameters)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 426;
            return 426;
        }
        var applications = parameters.TryGetValue("app", out var apps)
            ? apps.SelectMany(a => a.Split(',')).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : [];
        if (applications.Count == 0)
        {
            return await WriteAsync(context, AriResult.Error(400, "Missing param 'app'")).ConfigureAwait(false);
        }
        var subscribeAll = parameters.TryGetValue("subscribeAll", out var all) && all.Count > 0
            && all[0].ToLowerInvariant() is "yes" or "true" or "y" or "t" or "1" or "on";
        var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var stream = new EventStream(context, socket, applications, subscribeAll);
        lock (_pbx.Sync)
        {
            foreach (var name in applications)
            {
                var app = _pbx.Apps.GetOrAdd(name);
                if (app.Stream is { IsOpen: true } previous && !ReferenceEquals(previous, stream))
                {
                    _pbx.Events.SendTo(previous, name, "ApplicationReplaced", _ => { });
                }
                app.Stream = stream;
                app.SubscribeAll = subscribeAll;
            }
        }
        _logger.LogInformation("Application {Applications} connected to FakeAsterisk events", string.Join(",", applications));
        _applicationsChanged();
        try
        {
            await stream.RunAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            lock (_pbx.Sync)
            {
                foreach (var app in _pbx.Apps.All.Where(a => ReferenceEquals(a.Stream, stream)))
                {
                    app.Stream = null;
                }
            }
            _logger.LogInformation("Application {Applications} disconnected from FakeAsterisk events", string.Join(",", applications));
            _applicationsChanged();
        }
        return 101;
    }

    private bool Authenticated(HttpRequest request, Dictionary<string, List<string>> parameters)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            }
            catch (FormatException)
            {
                return false;
            }
            return Matches(decoded);
        }
        return parameters.TryGetValue("api_key", out var keys) && keys.Count > 0 && Matches(keys[0]);
    }

    private bool Matches(string userAndPassword)
    {
        var colon = userAndPassword.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && string.Equals(userAndPassword[..colon], _pbx.Options.User, StringComparison.Ordinal)
            && string.Equals(userAndPassword[(colon + 1)..], _pbx.Options.Password, StringComparison.Ordinal);
    }

    private static async Task<int> WriteAsync(HttpContext context, AriResult result)
    {
        var response = context.Response;
        response.StatusCode = result.Status;
        foreach (var (name, value) in result.Headers)
        {
            response.Headers[name] = value;
        }
        if (result.Body is { } bytes)
        {
            response.ContentType = result.ContentType;
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
        return result.Status;
    }

    private static Dictionary<string, List<string>> Parameters(HttpRequest request)
    {
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            parameters[key] = [.. values.OfType<string>()];
        }
        return parameters;
    }

    /// <summary>Fields of a JSON body count as parameters too, and win over the query string (the generated *_parse_body).</summary>
    private static void BodyParameters(JsonElement json, Dictionary<string, List<string>> parameters)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    parameters[property.Name] = [property.Value.GetString()!];
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    parameters[property.Name] = [property.Value.GetRawText()];
                    break;
                case JsonValueKind.Array:
                    parameters[property.Name] = property.Value.EnumerateArray()
                        .Where(v => v.ValueKind == JsonValueKind.String)
                        .Select(v => v.GetString()!)
                        .ToList();
                    break;
            }
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return "";
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string> MaskedQuery(HttpRequest request)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            query[key] = key == "api_key" ? "***" : string.Join(",", values.OfType<string>());
        }
        return query;
    }
}
