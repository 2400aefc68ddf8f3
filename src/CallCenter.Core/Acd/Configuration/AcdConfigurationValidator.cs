using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>
/// Checks queues and agents against each other: skill steps relax over the wait, overflow leads somewhere and
/// never round in a circle, each extension is one agent, and every queue has someone who can take its calls.
/// </summary>
internal static class AcdConfigurationValidator
{
    public static IReadOnlyList<FlowError> Check(ParsedAcdConfiguration configuration)
    {
        var errors = new List<FlowError>();
        var queues = configuration.Queues.ToDictionary(q => q.Definition.Name, StringComparer.Ordinal);
        foreach (var queue in configuration.Queues)
        {
            errors.AddRange(Relaxation(queue));
            errors.AddRange(OverflowTarget(queue, queues));
            if (queue.Definition.LastAgentWait >= queue.Definition.MaxWait)
            {
                errors.Add(new FlowError(queue.LastAgentWaitLocation, $"queue '{queue.Definition.Name}': last-agent-wait ({Duration.Format(queue.Definition.LastAgentWait)}) must be shorter than max-wait ({Duration.Format(queue.Definition.MaxWait)})"));
            }
            if (queue.Definition.ServiceLevel >= queue.Definition.MaxWait)
            {
                // Every answered call would meet the target: the figure would say nothing about the wait.
                errors.Add(new FlowError(queue.ServiceLevelLocation, $"queue '{queue.Definition.Name}': service-level ({Duration.Format(queue.Definition.ServiceLevel)}) must be shorter than max-wait ({Duration.Format(queue.Definition.MaxWait)})"));
            }
        }
        errors.AddRange(OverflowCycles(configuration.Queues, queues));
        errors.AddRange(DuplicateAgents(configuration.Agents));
        errors.AddRange(Unserved(configuration));
        return errors;
    }

    /// <summary>Steps start at once, come later and later, and never ask more than the step before (so nobody loses their place).</summary>
    private static IEnumerable<FlowError> Relaxation(ParsedQueue queue)
    {
        var name = queue.Definition.Name;
        var steps = queue.Definition.Skills;
        for (var i = 0; i < steps.Count; i++)
        {
            var (at, require) = queue.StepLocations[i];
            var step = steps[i];
            if (i == 0)
            {
                if (step.After != TimeSpan.Zero)
                {
                    yield return new FlowError(at, $"queue '{name}': the first skill step must be at 0s (what callers need from the start), not {Duration.Format(step.After)}");
                }
                continue;
            }
            var before = steps[i - 1];
            if (step.After <= before.After)
            {
                yield return new FlowError(at, $"queue '{name}': skill steps must come later and later; {Duration.Format(step.After)} is not after {Duration.Format(before.After)}");
            }
            if (step.After >= queue.Definition.MaxWait)
            {
                yield return new FlowError(at, $"queue '{name}': the skill step at {Duration.Format(step.After)} never applies, callers overflow at max-wait ({Duration.Format(queue.Definition.MaxWait)})");
            }
            var more = step.Requirements
                .Where(r => before.Requirements.FirstOrDefault(b => b.Skill == r.Skill) is not { } earlier || r.MinLevel > earlier.MinLevel)
                .ToList();
            if (more.Count > 0)
            {
                yield return new FlowError(require, $"queue '{name}': the skill step at {Duration.Format(step.After)} asks more than the one before ({Describe(more)}, before: {Describe(before.Requirements)}); later steps may only lower levels or drop skills");
            }
        }
    }

    private static IEnumerable<FlowError> OverflowTarget(ParsedQueue queue, Dictionary<string, ParsedQueue> queues)
    {
        var name = queue.Definition.Name;
        if (queue.Definition.Overflow is not { Action: OverflowAction.Queue, Queue: { } target })
        {
            yield break;
        }
        if (target == name)
        {
            yield return new FlowError(queue.OverflowLocation, $"queue '{name}' overflows to itself: callers would wait forever");
        }
        else if (!queues.ContainsKey(target))
        {
            yield return new FlowError(queue.OverflowLocation, $"queue '{name}' overflows to '{target}', which is not a queue{FlowValidator.Suggest(target, queues.Keys)}");
        }
    }

    /// <summary>Queues overflowing into each other in a circle would pass a caller round forever; each circle is reported once.</summary>
    private static IEnumerable<FlowError> OverflowCycles(IReadOnlyList<ParsedQueue> ordered, Dictionary<string, ParsedQueue> queues)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in ordered)
        {
            var path = new List<string> { start.Definition.Name };
            var current = start;
            while (current.Definition.Overflow is { Action: OverflowAction.Queue, Queue: { } next } && next != current.Definition.Name && queues.TryGetValue(next, out var nextQueue))
            {
                if (next == start.Definition.Name)
                {
                    if (path.All(reported.Add))
                    {
                        yield return new FlowError(start.OverflowLocation, $"queues overflow in a circle ({string.Join(" -> ", path.Append(next))}): callers would be passed round forever; end it with voicemail or callback");
                    }
                    break;
                }
                if (path.Contains(next, StringComparer.Ordinal))
                {
                    break;
                }
                path.Add(next);
                current = nextQueue;
            }
        }
    }

    private static IEnumerable<FlowError> DuplicateAgents(IReadOnlyList<ParsedAgent> agents)
    {
        var first = new Dictionary<string, ParsedAgent>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            if (!first.TryAdd(agent.Definition.Extension, agent))
            {
                yield return new FlowError(agent.Location, $"agent {agent.Definition.Extension} is listed twice (first at line {first[agent.Definition.Extension].Location.Line}); an extension is one agent");
            }
        }
    }

    /// <summary>A queue whose first step no agent meets would keep every caller until max-wait: nobody could ever take its calls.</summary>
    private static IEnumerable<FlowError> Unserved(ParsedAcdConfiguration configuration)
    {
        foreach (var queue in configuration.Queues)
        {
            var first = queue.Definition.Skills.Count > 0 ? queue.Definition.Skills[0].Requirements : [];
            if (!configuration.Agents.Any(a => Meets(a.Definition, first)))
            {
                var why = configuration.Agents.Count == 0 ? "there are no agents" : $"no agent meets its first skill step ({Describe(first)})";
                yield return new FlowError(queue.Location, $"queue '{queue.Definition.Name}': {why}, so nobody could ever take its calls");
            }
        }
    }

    private static bool Meets(AgentDefinition agent, IReadOnlyList<SkillRequirement> requirements) =>
        requirements.All(r => agent.Skills.TryGetValue(r.Skill, out var level) && level >= r.MinLevel);

    private static string Describe(IEnumerable<SkillRequirement> requirements)
    {
        var text = string.Join(", ", requirements.Select(r => $"{r.Skill} {r.MinLevel}"));
        return text.Length == 0 ? "nothing" : text;
    }
}
