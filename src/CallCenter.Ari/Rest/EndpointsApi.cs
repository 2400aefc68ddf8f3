using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

/// <summary>/endpoints: which agent phones exist and whether they are registered (online).</summary>
public sealed class EndpointsApi
{
    private readonly AriHttpTransport transport;

    internal EndpointsApi(AriHttpTransport transport) => this.transport = transport;

    public Task<IReadOnlyList<Endpoint>> ListAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<Endpoint>>(HttpMethod.Get, "endpoints", null, null, cancellationToken);

    public Task<IReadOnlyList<Endpoint>> ListByTechnologyAsync(string technology, CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<Endpoint>>(HttpMethod.Get, "endpoints/" + AriHttpTransport.Escape(technology), null, null, cancellationToken);

    public Task<Endpoint> GetAsync(string technology, string resource, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Endpoint>(HttpMethod.Get, "endpoints/" + AriHttpTransport.Escape(technology) + "/" + AriHttpTransport.Escape(resource), null, null, cancellationToken);
}
