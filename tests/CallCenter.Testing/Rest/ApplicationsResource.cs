using System.Text.Json;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/applications: resource_applications.c, with reference-counted subscriptions.</summary>
internal sealed class ApplicationsResource
{
    private readonly Pbx _pbx;

    public ApplicationsResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "applications", List);
        router.Map("GET", "applications/{applicationName}", Get);
        router.Map("POST", "applications/{applicationName}/subscription", r => Subscription(r, subscribe: true));
        router.Map("DELETE", "applications/{applicationName}/subscription", r => Subscription(r, subscribe: false));
        router.Map("PUT", "applications/{applicationName}/eventFilter", Filter);
    }

    private ValueTask<AriResult> List(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            var apps = _pbx.Apps.All.Where(a => a.IsRegistered || a.Subscriptions.Any()).ToList();
            return Done(AriResult.Ok(w =>
            {
                w.WriteStartArray();
                foreach (var app in apps)
                {
                    Write(w, app);
                }
                w.WriteEndArray();
            }));
        }
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            return Done(_pbx.Apps.FindKnown(request.Path("applicationName")) is { } app
                ? AriResult.Ok(w => Write(w, app))
                : AriResult.Error(404, "Application not found"));
        }
    }

    private ValueTask<AriResult> Subscription(AriRequest request, bool subscribe)
    {
        var sources = request.GetList("eventSource");
        if (sources.Count == 0)
        {
            return Done(AriResult.Error(400, "Missing parameter eventSource"));
        }
        lock (_pbx.Sync)
        {
            if (_pbx.Apps.FindKnown(request.Path("applicationName")) is not { } app)
            {
                return Done(AriResult.Error(404, "Application not found"));
            }
            var keys = new List<string>();
            foreach (var source in sources)
            {
                if (Key(source) is not { } key)
                {
                    return Done(AriResult.Error(400, "Invalid event source URI scheme"));
                }
                if (subscribe ? !Exists(key) : !app.IsSubscribed(key))
                {
                    return Done(AriResult.Error(422, subscribe ? "Event source does not exist" : "Event source was not subscribed to"));
                }
                keys.Add(key);
            }
            foreach (var key in keys)
            {
                if (subscribe)
                {
                    app.Subscribe(key);
                }
                else
                {
                    app.Unsubscribe(key);
                }
            }
            return Done(AriResult.Ok(w => Write(w, app)));
        }
    }

    private ValueTask<AriResult> Filter(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (_pbx.Apps.FindKnown(request.Path("applicationName")) is not { } app)
            {
                return Done(AriResult.Error(404, "Application not found"));
            }
            if (request.Body is { } body && body.ValueKind != JsonValueKind.Object)
            {
                return Done(AriResult.Error(400, "Bad request"));
            }
            app.AllowedTypes = Types(request.Body, "allowed");
            app.DisallowedTypes = Types(request.Body, "disallowed");
            return Done(AriResult.Ok(w => Write(w, app)));
        }
    }

    private bool Exists(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var scheme = key[..colon];
        var id = key[(colon + 1)..];
        return scheme switch
        {
            "channel" => _pbx.Channels.ContainsKey(id),
            "bridge" => _pbx.Bridges.ContainsKey(id),
            "endpoint" => id.Split('/') is [var tech] ? _pbx.HasTechnology(tech)
                : id.Split('/', 2) is [var technology, var resource] && _pbx.HasTechnology(technology) && _pbx.FindEndpoint("PJSIP", resource) is not null,
            _ => true,
        };
    }

    private string? Key(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        var id = source[(colon + 1)..];
        return source[..colon] switch
        {
            "channel" => StasisApplication.ChannelKey(id),
            "bridge" => StasisApplication.BridgeKey(id),
            "endpoint" => StasisApplication.EndpointKey(Canonical(id)),
            "deviceState" => StasisApplication.DeviceKey(id),
            _ => null,
        };
    }

    private string Canonical(string endpoint)
    {
        var slash = endpoint.IndexOf('/', StringComparison.Ordinal);
        var technology = slash < 0 ? endpoint : endpoint[..slash];
        if (_pbx.HasTechnology(technology))
        {
            technology = "PJSIP";
        }
        return slash < 0 ? technology : technology + endpoint[slash..];
    }

    private static IReadOnlyList<string> Types(JsonElement? body, string property)
    {
        if (body is not { } json || !json.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return list.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
            .Select(e => e.GetProperty("type").GetString()!)
            .ToList();
    }

    private static void Write(Utf8JsonWriter w, StasisApplication app)
    {
        static IEnumerable<string> Ids(StasisApplication app, string scheme) =>
            app.Subscriptions.Where(k => k.StartsWith(scheme, StringComparison.Ordinal)).Select(k => k[scheme.Length..]);

        w.WriteStartObject();
        w.WriteString("name", app.Name);
        AriJson.WriteStrings(w, "channel_ids", Ids(app, "channel:"));
        AriJson.WriteStrings(w, "bridge_ids", Ids(app, "bridge:"));
        AriJson.WriteStrings(w, "endpoint_ids", Ids(app, "endpoint:"));
        AriJson.WriteStrings(w, "device_names", Ids(app, "deviceState:"));
        WriteTypes(w, "events_allowed", app.AllowedTypes);
        WriteTypes(w, "events_disallowed", app.DisallowedTypes);
        w.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter w, string property, IReadOnlyList<string> types)
    {
        w.WriteStartArray(property);
        foreach (var type in types)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static ValueTask<AriResult> Done(AriResult result) => ValueTask.FromResult(result);
}
