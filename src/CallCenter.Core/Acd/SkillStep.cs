namespace CallCenter.Core.Acd;

/// <summary>
/// The skills a queue asks of an agent once a caller has waited <paramref name="After"/>. A queue's steps start
/// at zero and ask less and less (lower levels, fewer skills), so a caller who waits long reaches more agents
/// without losing their place in the queue.
/// </summary>
public sealed record SkillStep(TimeSpan After, IReadOnlyList<SkillRequirement> Requirements);
