namespace CallCenter.Testing.Rest;

internal sealed record RouteMatch(RouteOutcome Outcome, AriHandler? Handler, IReadOnlyDictionary<string, string> PathValues, IReadOnlyList<string> AllowedMethods);
