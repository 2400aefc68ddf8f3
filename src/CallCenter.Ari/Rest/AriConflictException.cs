using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>409: the resource exists but is not in our Stasis application, or an id is already taken.</summary>
public sealed class AriConflictException(string method, string path, string message)
    : AriException(HttpStatusCode.Conflict, method, path, message);
