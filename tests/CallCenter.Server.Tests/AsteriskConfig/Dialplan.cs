namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// The contexts of an extensions.conf: "exten => ext,priority,App(data)", "same => n,..." and
/// "include => context", with "n" and "n(label)" priorities numbered as Asterisk numbers them.
/// </summary>
public sealed class Dialplan
{
    private static readonly HashSet<string> NonContextSections = ["general", "globals"];

    private Dialplan(IReadOnlyDictionary<string, DialplanContext> contexts) => Contexts = contexts;

    public IReadOnlyDictionary<string, DialplanContext> Contexts { get; }

    public static Dialplan From(AsteriskConfigFile file)
    {
        var contexts = new Dictionary<string, DialplanContext>();
        foreach (var section in file.Sections.Where(section => !NonContextSections.Contains(section.Name)))
        {
            var extensions = new Dictionary<string, List<DialplanStep>>();
            var includes = new List<string>();
            string? currentExtension = null;

            foreach (var entry in section.Entries)
            {
                switch (entry.Key.ToLowerInvariant())
                {
                    case "include":
                        includes.Add(entry.Value);
                        break;
                    case "exten":
                        var parts = entry.Value.Split(',', 3);
                        if (parts.Length < 3)
                        {
                            throw new AsteriskConfigFormatException(file.FileName, entry.Line, $"exten needs 'extension,priority,application': '{entry.Value}'");
                        }

                        currentExtension = parts[0].Trim().Split('/')[0];
                        AddStep(file.FileName, extensions, currentExtension, parts[1], parts[2], entry.Line);
                        break;
                    case "same":
                        if (currentExtension is null)
                        {
                            throw new AsteriskConfigFormatException(file.FileName, entry.Line, "'same =>' before any 'exten =>'");
                        }

                        var sameParts = entry.Value.Split(',', 2);
                        if (sameParts.Length < 2)
                        {
                            throw new AsteriskConfigFormatException(file.FileName, entry.Line, $"same needs 'priority,application': '{entry.Value}'");
                        }

                        AddStep(file.FileName, extensions, currentExtension, sameParts[0], sameParts[1], entry.Line);
                        break;
                    default:
                        throw new AsteriskConfigFormatException(file.FileName, entry.Line, $"'{entry.Key}' is not a dialplan statement in [{section.Name}]");
                }
            }

            contexts[section.Name] = new DialplanContext(
                section.Name,
                extensions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<DialplanStep>)pair.Value),
                includes);
        }

        return new Dialplan(contexts);
    }

    public DialplanContext Context(string name) =>
        Contexts.TryGetValue(name, out var context)
            ? context
            : throw new InvalidOperationException($"extensions.conf has no [{name}] context");

    /// <summary>
    /// The steps a call dialling that number in that context runs, searching the context's own
    /// extensions (exact names before patterns) and then its includes, in order.
    /// </summary>
    public IReadOnlyList<DialplanStep>? Find(string contextName, string dialled)
    {
        var context = Context(contextName);
        if (context.Extensions.TryGetValue(dialled, out var exact))
        {
            return exact;
        }

        var pattern = context.Extensions.FirstOrDefault(pair => DialplanPattern.IsPattern(pair.Key) && DialplanPattern.Matches(pair.Key, dialled));
        if (pattern.Value is not null)
        {
            return pattern.Value;
        }

        return context.Includes.Select(included => Find(included, dialled)).FirstOrDefault(steps => steps is not null);
    }

    /// <summary>Follows Goto(context,extension,priority) steps until a step runs the given application.</summary>
    public DialplanStep? FollowTo(string contextName, string dialled, string application, int maxJumps = 5)
    {
        var steps = Find(contextName, dialled);
        for (var jump = 0; steps is not null && jump <= maxJumps; jump++)
        {
            var target = steps.FirstOrDefault(step => step.Application.Equals(application, StringComparison.OrdinalIgnoreCase));
            if (target is not null)
            {
                return target;
            }

            var goTo = steps.FirstOrDefault(step => step.Application.Equals("Goto", StringComparison.OrdinalIgnoreCase));
            if (goTo is null || goTo.Arguments.Count != 3)
            {
                return null;
            }

            steps = Find(goTo.Arguments[0], goTo.Arguments[1]);
        }

        return null;
    }

    private static void AddStep(string fileName, Dictionary<string, List<DialplanStep>> extensions, string extension, string priorityText, string command, int line)
    {
        if (!extensions.TryGetValue(extension, out var steps))
        {
            steps = [];
            extensions[extension] = steps;
        }

        var priorityToken = priorityText.Trim();
        var labelStart = priorityToken.IndexOf('(', StringComparison.Ordinal);
        if (labelStart >= 0)
        {
            priorityToken = priorityToken[..labelStart];
        }

        int priority;
        if (priorityToken.Equals("n", StringComparison.OrdinalIgnoreCase))
        {
            if (steps.Count == 0)
            {
                throw new AsteriskConfigFormatException(fileName, line, $"priority 'n' of {extension} has no priority before it");
            }

            priority = steps[^1].Priority + 1;
        }
        else if (!int.TryParse(priorityToken, out priority))
        {
            throw new AsteriskConfigFormatException(fileName, line, $"'{priorityText}' is not a priority");
        }

        var trimmed = command.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        string application;
        string data;
        if (open < 0)
        {
            application = trimmed;
            data = "";
        }
        else
        {
            if (!trimmed.EndsWith(')'))
            {
                throw new AsteriskConfigFormatException(fileName, line, $"'{trimmed}' does not close its '('");
            }

            application = trimmed[..open].Trim();
            data = trimmed[(open + 1)..^1];
        }

        steps.Add(new DialplanStep(extension, priority, application, data, line));
    }
}
