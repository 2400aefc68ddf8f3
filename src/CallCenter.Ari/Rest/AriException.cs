using System.Net;

namespace CallCenter.Ari.Rest;

/// <summary>Asterisk answered a REST call with an error, or could not be reached at all.</summary>
public class AriException : Exception
{
    public AriException(HttpStatusCode? statusCode, string method, string path, string message, Exception? inner = null)
        : base(Describe(statusCode, method, path, message), inner)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        AsteriskMessage = message;
    }

    /// <summary>The HTTP status, or null when no answer came back.</summary>
    public HttpStatusCode? StatusCode { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The "message" (or "error") text of Asterisk's error body.</summary>
    public string AsteriskMessage { get; }

    internal static AriException For(HttpStatusCode status, string method, string path, string message) => status switch
    {
        HttpStatusCode.BadRequest => new AriBadRequestException(method, path, message),
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new AriUnauthorizedException(status, method, path, message),
        HttpStatusCode.NotFound => new AriNotFoundException(method, path, message),
        HttpStatusCode.Conflict => new AriConflictException(method, path, message),
        HttpStatusCode.PreconditionFailed => new AriInvalidStateException(method, path, message),
        HttpStatusCode.UnprocessableEntity => new AriUnprocessableException(method, path, message),
        >= HttpStatusCode.InternalServerError => new AriServerErrorException(status, method, path, message),
        _ => new AriException(status, method, path, message),
    };

    private static string Describe(HttpStatusCode? status, string method, string path, string message) =>
        status is null
            ? $"ARI {method} {path} failed: {message}"
            : $"ARI {method} {path} answered {(int)status.Value} {status.Value}: {message}";
}
