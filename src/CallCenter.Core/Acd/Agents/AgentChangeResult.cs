using CallCenter.Core.Records;

namespace CallCenter.Core.Acd.Agents;

/// <summary>
/// What became of a request to change an agent's state: a <see cref="Change"/> made, a <see cref="Refusal"/>
/// saying why not, or accepted for <see cref="Later"/> (e.g. a logout asked for during a call, done when its
/// wrap-up ends). Refusals are results, not exceptions, so a stale or wrong request never breaks a call.
/// </summary>
public sealed record AgentChangeResult
{
    private AgentChangeResult()
    {
    }

    public AgentStateChange? Change { get; private init; }

    public string? Refusal { get; private init; }

    /// <summary>What will happen later, when the request was accepted but changes nothing yet.</summary>
    public string? Later { get; private init; }

    public bool IsRefused => Refusal is not null;

    public static AgentChangeResult Changed(AgentStateChange change) => new() { Change = change };

    public static AgentChangeResult Refused(string refusal) => new() { Refusal = refusal };

    public static AgentChangeResult Deferred(string later) => new() { Later = later };

    public override string ToString() =>
        Change is not null ? $"{Change.AgentExtension}: {Change.From} -> {Change.To} ({Change.Reason})"
        : Refusal is not null ? $"refused: {Refusal}"
        : $"later: {Later}";
}
