namespace CallCenter.Core.Ivr.Handlers;

/// <summary>What a handler found, and the call variables it sets for the nodes after it (e.g. "points").</summary>
public sealed record HandlerResult(LookupOutcome Outcome, IReadOnlyDictionary<string, string>? Set = null)
{
    public static HandlerResult Found(IReadOnlyDictionary<string, string>? set = null) => new(LookupOutcome.Found, set);

    public static HandlerResult NotFound(IReadOnlyDictionary<string, string>? set = null) => new(LookupOutcome.NotFound, set);

    public static HandlerResult Error => new(LookupOutcome.Error);
}
