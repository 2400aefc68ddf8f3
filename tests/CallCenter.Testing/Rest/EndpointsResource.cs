using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/endpoints: resource_endpoints.c.</summary>
internal sealed class EndpointsResource
{
    private readonly Pbx _pbx;

    public EndpointsResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "endpoints", r => List(null));
        router.Map("GET", "endpoints/{tech}", r => List(r.Path("tech")));
        router.Map("GET", "endpoints/{tech}/{resource}", Get);
        router.Map("PUT", "endpoints/sendMessage", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("POST", "endpoints/refer", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("PUT", "endpoints/{tech}/{resource}/sendMessage", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        router.Map("POST", "endpoints/{tech}/{resource}/refer", _ => ValueTask.FromResult(AriLookups.NotSimulated()));
    }

    private ValueTask<AriResult> List(string? technology)
    {
        lock (_pbx.Sync)
        {
            if (technology is not null && !_pbx.HasTechnology(technology))
            {
                return ValueTask.FromResult(AriResult.Error(404, $"No Endpoints found - invalid tech {technology}"));
            }
            var endpoints = _pbx.Endpoints.Values
                .Where(e => e.Trunk is null)
                .Where(e => technology is null || string.Equals(e.Technology, technology, StringComparison.OrdinalIgnoreCase))
                .ToList();
            return ValueTask.FromResult(AriResult.Ok(w =>
            {
                w.WriteStartArray();
                foreach (var endpoint in endpoints)
                {
                    AriJson.WriteEndpoint(w, endpoint);
                }
                w.WriteEndArray();
            }));
        }
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            var technology = _pbx.HasTechnology(request.Path("tech")) ? "PJSIP" : request.Path("tech");
            return ValueTask.FromResult(_pbx.FindEndpoint(technology, request.Path("resource")) is { } endpoint
                ? AriResult.Ok(w => AriJson.WriteEndpoint(w, endpoint))
                : AriResult.Error(404, "Endpoint not found"));
        }
    }
}
