using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>5xx: e.g. 500 "Allocation failed" when dialing an endpoint with no registered contact.</summary>
public sealed class AriServerErrorException(HttpStatusCode status, string method, string path, string message)
    : AriException(status, method, path, message);
