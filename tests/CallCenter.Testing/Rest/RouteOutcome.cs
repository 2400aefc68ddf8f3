namespace CallCenter.Testing.Rest;

internal enum RouteOutcome
{
    Found,
    NotFound,
    MethodNotAllowed,
}
