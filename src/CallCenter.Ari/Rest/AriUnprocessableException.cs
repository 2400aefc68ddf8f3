using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>422: a referenced resource or format does not exist (e.g. a channel not in this bridge).</summary>
public sealed class AriUnprocessableException(string method, string path, string message)
    : AriException(HttpStatusCode.UnprocessableEntity, method, path, message);
