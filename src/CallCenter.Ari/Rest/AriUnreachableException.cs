namespace CallCenter.Ari.Rest;

/// <summary>No answer from Asterisk: connection refused, reset or timed out.</summary>
public sealed class AriUnreachableException(string method, string path, string message, Exception? inner)
    : AriException(null, method, path, message, inner);
