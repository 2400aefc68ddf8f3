using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd.Routing;

/// <summary>A caller waiting in a queue, as routing sees them.</summary>
public sealed record WaitingCall
{
    /// <summary>The caller's channel id; unique among the calls given to one routing.</summary>
    public required string CallId { get; init; }

    /// <summary>The queue they wait in now (after an overflow, the queue they were moved to).</summary>
    public required string Queue { get; init; }

    public CustomerTier Tier { get; init; } = CustomerTier.Regular;

    /// <summary>The caller's language (e.g. "zh"), required of the agent as a skill when the queue matches languages; null: none known.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// When the caller started waiting. It sets their priority and their skill step, so an overflow to another queue
    /// keeps it rather than starting the caller again at the back.
    /// </summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>The extension of the agent who served this customer last, or null.</summary>
    public string? LastAgent { get; init; }

    /// <summary>For logs only; routing does not use it.</summary>
    public long? CustomerId { get; init; }
}
