using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

/// <summary>/bridges: holding bridges for queued callers, mixing bridges joining caller and agent.</summary>
public sealed class BridgesApi
{
    private readonly AriHttpTransport transport;

    internal BridgesApi(AriHttpTransport transport) => this.transport = transport;

    public Task<IReadOnlyList<Bridge>> ListAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<Bridge>>(HttpMethod.Get, "bridges", null, null, cancellationToken);

    public Task<Bridge> GetAsync(string bridgeId, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Bridge>(HttpMethod.Get, Path(bridgeId), null, null, cancellationToken);

    /// <summary>Creates a bridge under our own id; <paramref name="type"/> is from <see cref="BridgeTypes"/>.</summary>
    public Task<Bridge> CreateAsync(string bridgeId, string type, string? name = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Bridge>(HttpMethod.Post, "bridges", new AriQuery().Add("type", type).Add("bridgeId", bridgeId).Add("name", name), null, cancellationToken);

    public Task DestroyAsync(string bridgeId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Path(bridgeId), null, null, cancellationToken);

    public Task AddChannelsAsync(string bridgeId, IReadOnlyList<string> channelIds, string? role = null, bool? absorbDtmf = null, bool? mute = null, bool? inhibitConnectedLineUpdates = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(
            HttpMethod.Post,
            Path(bridgeId, "addChannel"),
            new AriQuery().Add("channel", channelIds).Add("role", role).Add("absorbDTMF", absorbDtmf).Add("mute", mute).Add("inhibitConnectedLineUpdates", inhibitConnectedLineUpdates),
            null,
            cancellationToken);

    public Task RemoveChannelsAsync(string bridgeId, IReadOnlyList<string> channelIds, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Path(bridgeId, "removeChannel"), new AriQuery().Add("channel", channelIds), null, cancellationToken);

    public Task<Playback> PlayAsync(string bridgeId, string playbackId, IReadOnlyList<string> media, string? language = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Playback>(HttpMethod.Post, Path(bridgeId, "play/" + AriHttpTransport.Escape(playbackId)), new AriQuery().Add("media", media).Add("lang", language), null, cancellationToken);

    public Task<LiveRecording> RecordAsync(string bridgeId, RecordRequest request, CancellationToken cancellationToken = default) =>
        transport.SendAsync<LiveRecording>(HttpMethod.Post, Path(bridgeId, "record"), request.ToQuery(), null, cancellationToken);

    public Task StartMohAsync(string bridgeId, string? mohClass = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Path(bridgeId, "moh"), new AriQuery().Add("mohClass", mohClass), null, cancellationToken);

    public Task StopMohAsync(string bridgeId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Path(bridgeId, "moh"), null, null, cancellationToken);

    private static string Path(string bridgeId, string? action = null) =>
        "bridges/" + AriHttpTransport.Escape(bridgeId) + (action is null ? "" : "/" + action);
}
