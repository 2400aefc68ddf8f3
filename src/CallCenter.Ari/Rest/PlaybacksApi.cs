using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

public sealed class PlaybacksApi
{
    private readonly AriHttpTransport transport;

    internal PlaybacksApi(AriHttpTransport transport) => this.transport = transport;

    public Task<Playback> GetAsync(string playbackId, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Playback>(HttpMethod.Get, Path(playbackId), null, null, cancellationToken);

    /// <summary>Stops a playback (barge-in); Asterisk then reports it finished with state "done".</summary>
    public Task StopAsync(string playbackId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Path(playbackId), null, null, cancellationToken);

    public Task ControlAsync(string playbackId, PlaybackOperation operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Path(playbackId) + "/control", new AriQuery().Add("operation", AriWireNames.Of(operation)), null, cancellationToken);

    private static string Path(string playbackId) => "playbacks/" + AriHttpTransport.Escape(playbackId);
}
