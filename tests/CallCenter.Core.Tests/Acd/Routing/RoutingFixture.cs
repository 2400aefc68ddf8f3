using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;

namespace CallCenter.Core.Tests.Acd.Routing;

/// <summary>Calls, agents and queues described by the seconds that matter, all relative to one <see cref="Now"/>.</summary>
internal static class RoutingFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static WaitingCall Call(
        string id,
        double waitedSeconds,
        CustomerTier tier = CustomerTier.Regular,
        string queue = "sales",
        string? language = null,
        string? lastAgent = null) =>
        new()
        {
            CallId = id,
            Queue = queue,
            Tier = tier,
            Language = language,
            EnqueuedAt = Now.AddSeconds(-waitedSeconds),
            LastAgent = lastAgent,
        };

    public static AgentSnapshot Agent(
        string extension,
        AgentState state = AgentState.Available,
        double idleSeconds = 0,
        int answeredToday = 0,
        params (string Skill, int Level)[] skills) =>
        new()
        {
            Extension = extension,
            State = state,
            IdleSince = Now.AddSeconds(-idleSeconds),
            AnsweredToday = answeredToday,
            Skills = skills.ToDictionary(skill => skill.Skill, skill => skill.Level),
        };

    public static QueueDefinition Queue(
        string name = "sales",
        RoutingStrategy strategy = RoutingStrategy.LongestIdle,
        double lastAgentWaitSeconds = 0,
        bool matchLanguage = false,
        IReadOnlyList<SkillStep>? skills = null) =>
        new()
        {
            Name = name,
            Strategy = strategy,
            LastAgentWait = TimeSpan.FromSeconds(lastAgentWaitSeconds),
            MatchLanguage = matchLanguage,
            Skills = skills ?? [],
            TierWeights = new Dictionary<CustomerTier, double> { [CustomerTier.Vip] = 10, [CustomerTier.Regular] = 1 },
        };

    public static IReadOnlyDictionary<string, QueueDefinition> Queues(params QueueDefinition[] queues) =>
        queues.ToDictionary(queue => queue.Name);

    public static IReadOnlyList<RoutingDecision> Route(IReadOnlyList<WaitingCall> calls, IReadOnlyList<AgentSnapshot> agents, params QueueDefinition[] queues) =>
        CallRouter.Route(calls, agents, Queues(queues.Length == 0 ? [Queue()] : queues), Now);

    public static RoutingDecision Offer(string callId, string extension) => new(callId, extension);
}
