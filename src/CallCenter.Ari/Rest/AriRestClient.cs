using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Ari.Rest;

/// <summary>
/// Typed ARI REST calls. Credentials go in a Basic auth header on every request, never in the URL; every
/// error answer becomes an <see cref="AriException"/> subtype carrying Asterisk's status and message.
/// </summary>
public sealed class AriRestClient
{
    public AriRestClient(HttpClient http, AriOptions options, ILogger<AriRestClient>? logger = null)
    {
        var transport = new AriHttpTransport(http, options, (ILogger?)logger ?? NullLogger.Instance);
        Asterisk = new AsteriskApi(transport);
        Applications = new ApplicationsApi(transport);
        Channels = new ChannelsApi(transport);
        Bridges = new BridgesApi(transport);
        Playbacks = new PlaybacksApi(transport);
        Recordings = new RecordingsApi(transport);
        Endpoints = new EndpointsApi(transport);
        DeviceStates = new DeviceStatesApi(transport);
    }

    public AsteriskApi Asterisk { get; }

    public ApplicationsApi Applications { get; }

    public ChannelsApi Channels { get; }

    public BridgesApi Bridges { get; }

    public PlaybacksApi Playbacks { get; }

    public RecordingsApi Recordings { get; }

    public EndpointsApi Endpoints { get; }

    public DeviceStatesApi DeviceStates { get; }
}
