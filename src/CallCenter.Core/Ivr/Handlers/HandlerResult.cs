namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// What a handler found, the call variables it sets for the nodes after it (e.g. "points"), and
/// <paramref name="Summary"/>: the same in a few English words for the agent's screen and the call's steps
/// ("order 100045: shipped, expected Nov 24"), card numbers masked.
/// </summary>
public sealed record HandlerResult(LookupOutcome Outcome, IReadOnlyDictionary<string, string>? Set = null, string? Summary = null)
{
    public static HandlerResult Found(IReadOnlyDictionary<string, string>? set = null, string? summary = null) => new(LookupOutcome.Found, set, summary);

    public static HandlerResult NotFound(IReadOnlyDictionary<string, string>? set = null, string? summary = null) => new(LookupOutcome.NotFound, set, summary);

    public static HandlerResult Error => new(LookupOutcome.Error);
}
