using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>
/// Checks a parsed flow as a whole: every target exists, every node can be reached, nothing loops without the
/// caller, every prompt exists in every language, every handler exists, every queue exists (when the queues are known).
/// </summary>
internal static class FlowValidator
{
    public static IReadOnlyList<FlowError> Check(ParsedFlow flow, FlowEnvironment environment)
    {
        var errors = new List<FlowError>();
        var nodes = flow.Nodes;

        if (!nodes.ContainsKey(flow.Start))
        {
            errors.Add(new FlowError(flow.StartLocation, $"the flow starts at '{flow.Start}', which is not a node{Suggest(flow.Start, nodes.Keys)}"));
        }

        foreach (var node in nodes.Values)
        {
            foreach (var exit in node.Exits.Where(e => e.Target.Length > 0 && !nodes.ContainsKey(e.Target)))
            {
                errors.Add(new FlowError(exit.Location, $"node '{node.Id}' goes on {exit.Trigger} to '{exit.Target}', which is not a node{Suggest(exit.Target, nodes.Keys)}"));
            }
            switch (node)
            {
                case LookupNode lookup when !environment.Handlers.Contains(lookup.Handler):
                    errors.Add(new FlowError(lookup.Location, $"node '{lookup.Id}' uses handler '{lookup.Handler}', which this server does not have{Suggest(lookup.Handler, environment.Handlers)} (known: {string.Join(", ", environment.Handlers.Order(StringComparer.Ordinal))})"));
                    break;
                case QueueNode queue when environment.Queues is { } queues && !queues.Contains(queue.Queue):
                    errors.Add(new FlowError(queue.Location, $"node '{queue.Id}' sends callers to queue '{queue.Queue}', which the queue file does not have{Suggest(queue.Queue, queues)} (queues: {string.Join(", ", queues.Order(StringComparer.Ordinal))})"));
                    break;
                case LanguageNode language:
                    foreach (var chosen in language.Options.Values.Append(language.Default).Where(l => l.Length > 0 && !flow.Languages.Contains(l)))
                    {
                        errors.Add(new FlowError(language.Location, $"node '{language.Id}' offers language '{chosen}', which is not one of the flow's languages ({string.Join(", ", flow.Languages)})"));
                    }
                    break;
            }
            foreach (var prompt in node.Prompts.Where(p => !p.IsTemplate))
            {
                foreach (var language in flow.Languages.Where(l => !environment.Prompts.Has(l, prompt.Name)))
                {
                    errors.Add(new FlowError(prompt.Location, $"prompt '{prompt.Name}' (node '{node.Id}') is missing in language '{language}': add it to prompts/{language}/prompts.txt and build it"));
                }
            }
        }

        if (nodes.ContainsKey(flow.Start))
        {
            var reached = Reachable(flow);
            foreach (var node in nodes.Values.Where(n => !reached.Contains(n.Id)))
            {
                errors.Add(new FlowError(node.Location, $"node '{node.Id}' can never be reached from '{flow.Start}'"));
            }
        }
        errors.AddRange(LoopsWithoutTheCaller(flow));
        return errors;
    }

    private static HashSet<string> Reachable(ParsedFlow flow)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { flow.Start };
        var pending = new Stack<string>([flow.Start]);
        while (pending.TryPop(out var id))
        {
            foreach (var exit in flow.Nodes[id].Exits)
            {
                if (flow.Nodes.ContainsKey(exit.Target) && reached.Add(exit.Target))
                {
                    pending.Push(exit.Target);
                }
            }
        }
        return reached;
    }

    /// <summary>Goto and hours nodes pass the call on at once: a cycle of only those would spin forever.</summary>
    private static IEnumerable<FlowError> LoopsWithoutTheCaller(ParsedFlow flow)
    {
        static bool Instant(FlowNode node) => node is GotoNode or HoursNode;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in flow.Nodes.Values.Where(Instant))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([start.Id]);
            while (pending.TryPop(out var id))
            {
                foreach (var exit in flow.Nodes[id].Exits)
                {
                    if (exit.Target == start.Id)
                    {
                        if (reported.Add(start.Id))
                        {
                            yield return new FlowError(start.Location, $"node '{start.Id}' comes back to itself through goto/hours nodes alone: the call would spin without ever asking the caller");
                        }
                    }
                    else if (flow.Nodes.TryGetValue(exit.Target, out var next) && Instant(next) && seen.Add(next.Id))
                    {
                        pending.Push(next.Id);
                    }
                }
            }
        }
    }

    /// <summary>" (did you mean 'x'?)" for a near miss among <paramref name="names"/>, or nothing.</summary>
    public static string Suggest(string wrong, IEnumerable<string> names)
    {
        var best = names.Select(n => (Name: n, Distance: EditDistance(wrong, n))).OrderBy(x => x.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, wrong.Length / 3) ? $" (did you mean '{best.Name}'?)" : "";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
