using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

public sealed class AsteriskApi
{
    private readonly AriHttpTransport transport;

    internal AsteriskApi(AriHttpTransport transport) => this.transport = transport;

    /// <summary>Version, entity id and startup time: a changed startup time means Asterisk restarted.</summary>
    public Task<AsteriskInfo> GetInfoAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<AsteriskInfo>(HttpMethod.Get, "asterisk/info", null, null, cancellationToken);

    public Task<AsteriskPing> PingAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<AsteriskPing>(HttpMethod.Get, "asterisk/ping", null, null, cancellationToken);
}
