using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

/// <summary>/recordings: live recordings in progress and the stored files they leave.</summary>
public sealed class RecordingsApi
{
    private readonly AriHttpTransport transport;

    internal RecordingsApi(AriHttpTransport transport) => this.transport = transport;

    public Task<LiveRecording> GetLiveAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync<LiveRecording>(HttpMethod.Get, Live(name), null, null, cancellationToken);

    /// <summary>Stops a recording and keeps what was recorded.</summary>
    public Task StopLiveAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Live(name) + "/stop", null, null, cancellationToken);

    /// <summary>Stops a recording and throws away what was recorded.</summary>
    public Task CancelLiveAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Live(name), null, null, cancellationToken);

    public Task PauseLiveAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Live(name) + "/pause", null, null, cancellationToken);

    public Task UnpauseLiveAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Live(name) + "/pause", null, null, cancellationToken);

    public Task<IReadOnlyList<StoredRecording>> ListStoredAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<StoredRecording>>(HttpMethod.Get, "recordings/stored", null, null, cancellationToken);

    public Task<StoredRecording> GetStoredAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync<StoredRecording>(HttpMethod.Get, Stored(name), null, null, cancellationToken);

    public Task<StoredRecording> CopyStoredAsync(string name, string destinationName, CancellationToken cancellationToken = default) =>
        transport.SendAsync<StoredRecording>(HttpMethod.Post, Stored(name) + "/copy", new AriQuery().Add("destinationRecordingName", destinationName), null, cancellationToken);

    /// <summary>The recording's audio file as Asterisk stored it (e.g. a WAV).</summary>
    public Task<byte[]> GetStoredFileAsync(string name, CancellationToken cancellationToken = default) =>
        transport.GetBytesAsync(Stored(name) + "/file", cancellationToken);

    public Task DeleteStoredAsync(string name, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Stored(name), null, null, cancellationToken);

    private static string Live(string name) => "recordings/live/" + AriHttpTransport.Escape(name);

    private static string Stored(string name) => "recordings/stored/" + AriHttpTransport.Escape(name);
}
