using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>401/403: the ARI user or password is wrong (see ari.conf).</summary>
public sealed class AriUnauthorizedException(HttpStatusCode status, string method, string path, string message)
    : AriException(status, method, path, message);
