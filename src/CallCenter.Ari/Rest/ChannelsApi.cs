using CallCenter.Ari.Models;

namespace CallCenter.Ari.Rest;

/// <summary>/channels: answering, playing to, recording, dialing and hanging up calls.</summary>
public sealed class ChannelsApi
{
    private readonly AriHttpTransport transport;

    internal ChannelsApi(AriHttpTransport transport) => this.transport = transport;

    public Task<IReadOnlyList<Channel>> ListAsync(CancellationToken cancellationToken = default) =>
        transport.SendAsync<IReadOnlyList<Channel>>(HttpMethod.Get, "channels", null, null, cancellationToken);

    public Task<Channel> GetAsync(string channelId, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Channel>(HttpMethod.Get, Path(channelId), null, null, cancellationToken);

    public Task<Channel> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Channel>(HttpMethod.Post, "channels", request.ToQuery(), VariablesBody.From(request.Variables), cancellationToken);

    public Task<Channel> CreateAsync(CreateChannelRequest request, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Channel>(HttpMethod.Post, "channels/create", request.ToQuery(), VariablesBody.From(request.Variables), cancellationToken);

    /// <summary>Dials a channel made with <see cref="CreateAsync"/>; <paramref name="callerChannelId"/> is who it is dialed for.</summary>
    public Task DialAsync(string channelId, string? callerChannelId = null, int? timeoutSeconds = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Post, Path(channelId, "dial"), new AriQuery().Add("caller", callerChannelId).Add("timeout", timeoutSeconds), null, cancellationToken);

    public Task AnswerAsync(string channelId, CancellationToken cancellationToken = default) =>
        Post(channelId, "answer", null, cancellationToken);

    /// <summary>Sends ringing to the caller (a ringback tone while we look for an agent).</summary>
    public Task RingAsync(string channelId, CancellationToken cancellationToken = default) =>
        Post(channelId, "ring", null, cancellationToken);

    public Task StopRingingAsync(string channelId, CancellationToken cancellationToken = default) =>
        Delete(channelId, "ring", null, cancellationToken);

    public Task HangupAsync(string channelId, HangupReason reason = HangupReason.Normal, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Delete, Path(channelId), new AriQuery().Add("reason", AriWireNames.Of(reason)), null, cancellationToken);

    /// <summary>
    /// Queues media on the channel under our own playback id. Several media URIs play one after the other
    /// as one playback.
    /// </summary>
    public Task<Playback> PlayAsync(string channelId, string playbackId, IReadOnlyList<string> media, string? language = null, int? offsetMs = null, int? skipMs = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Playback>(
            HttpMethod.Post,
            Path(channelId, "play", playbackId),
            new AriQuery().Add("media", media).Add("lang", language).Add("offsetms", offsetMs).Add("skipms", skipMs),
            null,
            cancellationToken);

    public Task<LiveRecording> RecordAsync(string channelId, RecordRequest request, CancellationToken cancellationToken = default) =>
        transport.SendAsync<LiveRecording>(HttpMethod.Post, Path(channelId, "record"), request.ToQuery(), null, cancellationToken);

    public Task SendDtmfAsync(string channelId, string dtmf, int? beforeMs = null, int? betweenMs = null, int? durationMs = null, int? afterMs = null, CancellationToken cancellationToken = default) =>
        Post(channelId, "dtmf", new AriQuery().Add("dtmf", dtmf).Add("before", beforeMs).Add("between", betweenMs).Add("duration", durationMs).Add("after", afterMs), cancellationToken);

    /// <summary>Lets the channel leave our application and go on in the dialplan.</summary>
    public Task ContinueAsync(string channelId, string? context = null, string? extension = null, int? priority = null, string? label = null, CancellationToken cancellationToken = default) =>
        Post(channelId, "continue", new AriQuery().Add("context", context).Add("extension", extension).Add("priority", priority).Add("label", label), cancellationToken);

    public Task RedirectAsync(string channelId, string endpoint, CancellationToken cancellationToken = default) =>
        Post(channelId, "redirect", new AriQuery().Add("endpoint", endpoint), cancellationToken);

    public async Task<string> GetVariableAsync(string channelId, string variable, CancellationToken cancellationToken = default)
    {
        var result = await transport.SendAsync<Variable>(HttpMethod.Get, Path(channelId, "variable"), new AriQuery().Add("variable", variable), null, cancellationToken).ConfigureAwait(false);
        return result.Value;
    }

    public Task SetVariableAsync(string channelId, string variable, string? value, CancellationToken cancellationToken = default) =>
        Post(channelId, "variable", new AriQuery().Add("variable", variable).Add("value", value), cancellationToken);

    public Task<Channel> SnoopAsync(string channelId, SnoopRequest request, CancellationToken cancellationToken = default) =>
        transport.SendAsync<Channel>(HttpMethod.Post, Path(channelId, "snoop", request.SnoopId), request.ToQuery(), null, cancellationToken);

    public Task StartMohAsync(string channelId, string? mohClass = null, CancellationToken cancellationToken = default) =>
        Post(channelId, "moh", new AriQuery().Add("mohClass", mohClass), cancellationToken);

    public Task StopMohAsync(string channelId, CancellationToken cancellationToken = default) =>
        Delete(channelId, "moh", null, cancellationToken);

    public Task HoldAsync(string channelId, CancellationToken cancellationToken = default) =>
        Post(channelId, "hold", null, cancellationToken);

    public Task UnholdAsync(string channelId, CancellationToken cancellationToken = default) =>
        Delete(channelId, "hold", null, cancellationToken);

    public Task MuteAsync(string channelId, AudioDirection direction = AudioDirection.Both, CancellationToken cancellationToken = default) =>
        Post(channelId, "mute", new AriQuery().Add("direction", AriWireNames.Of(direction)), cancellationToken);

    public Task UnmuteAsync(string channelId, AudioDirection direction = AudioDirection.Both, CancellationToken cancellationToken = default) =>
        Delete(channelId, "mute", new AriQuery().Add("direction", AriWireNames.Of(direction)), cancellationToken);

    private Task Post(string channelId, string action, AriQuery? query, CancellationToken cancellationToken) =>
        transport.SendAsync(HttpMethod.Post, Path(channelId, action), query, null, cancellationToken);

    private Task Delete(string channelId, string action, AriQuery? query, CancellationToken cancellationToken) =>
        transport.SendAsync(HttpMethod.Delete, Path(channelId, action), query, null, cancellationToken);

    private static string Path(string channelId, string? action = null, string? id = null) =>
        "channels/" + AriHttpTransport.Escape(channelId)
        + (action is null ? "" : "/" + action)
        + (id is null ? "" : "/" + AriHttpTransport.Escape(id));
}
