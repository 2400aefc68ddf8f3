using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

public sealed class ApplicationsApi
{
    private readonly AriHttpTransport transport;

    internal ApplicationsApi(AriHttpTransport transport) => this.transport = transport;

    public Task<IReadOnlyList<AriApplication>> ListAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<AriApplication>>(HttpMethod.Get, "applications", null, null, cancellationToken);

    /// <summary>The channels and bridges Asterisk still counts as the application's: what a reconnect takes back.</summary>
    public Task<AriApplication> GetAsync(string application, CancellationToken cancellationToken = default) =>
        transport.SendAsync<AriApplication>(HttpMethod.Get, Path(application), null, null, cancellationToken);

    /// <summary>
    /// Subscribes to event sources such as "channel:ID", "bridge:ID", "endpoint:PJSIP/1001" or "deviceState:NAME".
    /// Subscriptions outlive the websocket and are counted: each subscribe needs its unsubscribe.
    /// </summary>
    public Task<AriApplication> SubscribeAsync(string application, IReadOnlyList<string> eventSources, CancellationToken cancellationToken = default) =>
        transport.SendAsync<AriApplication>(HttpMethod.Post, Path(application) + "/subscription", new AriQuery().Add("eventSource", eventSources), null, cancellationToken);

    public Task<AriApplication> UnsubscribeAsync(string application, IReadOnlyList<string> eventSources, CancellationToken cancellationToken = default) =>
        transport.SendAsync<AriApplication>(HttpMethod.Delete, Path(application) + "/subscription", new AriQuery().Add("eventSource", eventSources), null, cancellationToken);

    private static string Path(string application) => "applications/" + AriHttpTransport.Escape(application);
}
