using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd;

/// <summary>One queue as the admin configured it.</summary>
public sealed record QueueDefinition
{
    public required string Name { get; init; }

    /// <summary>What agents need, by how long the caller has waited; the first step is at zero. Empty: any agent.</summary>
    public IReadOnlyList<SkillStep> Skills { get; init; } = [];

    /// <summary>Whether an agent must also have the caller's language as a skill (e.g. "zh").</summary>
    public bool MatchLanguage { get; init; }

    public RoutingStrategy Strategy { get; init; } = RoutingStrategy.LongestIdle;

    /// <summary>How long an agent's phone rings before the call goes to the next agent.</summary>
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an agent stays in wrap-up after a call of this queue, unless they end it sooner.</summary>
    public TimeSpan WrapUp { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a caller waits before <see cref="Overflow"/>.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(10);

    public OverflowTarget Overflow { get; init; } = new(OverflowAction.Voicemail);

    /// <summary>How often waiting callers hear their position and estimated wait.</summary>
    public TimeSpan AnnouncementInterval { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// The service-level target: a call is served well when an agent answered it within this long of reaching the
    /// queue. Supervisors see the share of today's calls that were.
    /// </summary>
    public TimeSpan ServiceLevel { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Asterisk's music-on-hold class (musiconhold.conf) waiting callers hear.</summary>
    public string MusicOnHold { get; init; } = "default";

    /// <summary>
    /// A caller's priority is the time they have waited times their tier's weight, so with VIP 10 and regular 1 a
    /// VIP waiting 10 s goes before a regular caller waiting 60 s. A tier not listed weighs 1.
    /// </summary>
    public IReadOnlyDictionary<CustomerTier, double> TierWeights { get; init; } = new Dictionary<CustomerTier, double>();

    /// <summary>How long a returning caller waits for the agent who served them last, if that agent is logged in. Zero: not at all.</summary>
    public TimeSpan LastAgentWait { get; init; } = TimeSpan.Zero;

    public double WeightOf(CustomerTier tier) => TierWeights.TryGetValue(tier, out var weight) ? weight : 1;
}
