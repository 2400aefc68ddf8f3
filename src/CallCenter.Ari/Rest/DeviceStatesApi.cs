using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

/// <summary>/deviceStates: custom device states (Stasis:NAME) that phones can watch as BLF lamps.</summary>
public sealed class DeviceStatesApi
{
    private readonly AriHttpTransport transport;

    internal DeviceStatesApi(AriHttpTransport transport) => this.transport = transport;

    public Task<IReadOnlyList<DeviceState>> ListAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<DeviceState>>(HttpMethod.Get, "deviceStates", null, null, cancellationToken);

    public Task<DeviceState> GetAsync(string deviceName, CancellationToken cancellationToken = default) =>
        transport.SendAsync<DeviceState>(HttpMethod.Get, Path(deviceName), null, null, cancellationToken);

    /// <summary>Sets a state such as NOT_INUSE, INUSE, BUSY, RINGING, ONHOLD or UNAVAILABLE.</summary>
    public Task UpdateAsync(string deviceName, string state, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Put, Path(deviceName), new AriQuery().Add("deviceState", state), null, cancellationToken);

    public Task DeleteAsync(string deviceName, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Path(deviceName), null, null, cancellationToken);

    private static string Path(string deviceName) => "deviceStates/" + AriHttpTransport.Escape(deviceName);
}
