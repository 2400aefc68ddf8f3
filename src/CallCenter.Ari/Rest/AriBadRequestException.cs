using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>400: a parameter is missing or invalid, or (bridges) the channel does not exist.</summary>
public sealed class AriBadRequestException(string method, string path, string message)
    : AriException(HttpStatusCode.BadRequest, method, path, message);
