using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>412: the channel is in a state that does not allow this operation.</summary>
public sealed class AriInvalidStateException(string method, string path, string message)
    : AriException(HttpStatusCode.PreconditionFailed, method, path, message);
