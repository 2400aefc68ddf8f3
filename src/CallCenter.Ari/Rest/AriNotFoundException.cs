using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>404: the channel, bridge, playback or recording is gone — usually a caller who already hung up.</summary>
public sealed class AriNotFoundException(string method, string path, string message)
    : AriException(HttpStatusCode.NotFound, method, path, message);
