using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Flows;
using YamlDotNet.RepresentationModel;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>
/// Reads a queue file into queues and agents, with every error at its line. Checking them against each other
/// (overflow targets, skill steps, agents able to serve a queue) is <see cref="AcdConfigurationValidator"/>'s job.
/// </summary>
internal sealed partial class AcdConfigurationParser
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;

    private static readonly string[] TopLevel = ["auto-pause-after-missed", "queues", "agents", "description"];
    private static readonly string[] QueueKeys =
    [
        "skills", "match-language", "strategy", "ring-timeout", "wrap-up", "max-wait", "overflow", "announce-every",
        "music-on-hold", "tier-weights", "last-agent-wait", "service-level", "description",
    ];
    private static readonly string[] StepKeys = ["after", "require"];
    private static readonly string[] AgentKeys = ["extension", "name", "skills"];

    private static readonly TimeSpan LongestStep = TimeSpan.FromHours(4);
    private static readonly TimeSpan ShortestRing = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRing = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestWrapUp = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan ShortestMaxWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestMaxWait = TimeSpan.FromHours(2);
    private static readonly TimeSpan ShortestAnnouncement = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestAnnouncement = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan LongestLastAgentWait = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ShortestServiceLevel = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestServiceLevel = TimeSpan.FromHours(1);
    private const double HeaviestWeight = 1000;

    private readonly FlowReader read;

    private AcdConfigurationParser(string file) => read = new FlowReader(file);

    /// <summary>The queues and agents, or null; errors in <paramref name="errors"/>.</summary>
    public static ParsedAcdConfiguration? Parse(string yaml, string file, out IReadOnlyList<FlowError> errors)
    {
        var parser = new AcdConfigurationParser(file);
        var result = parser.Run(yaml);
        errors = parser.read.Errors;
        return errors.Count == 0 ? result : null;
    }

    private ParsedAcdConfiguration? Run(string yaml)
    {
        if (read.Root(yaml, "a queue file is a mapping with 'queues' and 'agents'", "two queues with one name, or one key twice in a queue") is not { } root)
        {
            return null;
        }
        read.OnlyKnown(root, "the queue file", TopLevel);
        var autoPause = read.Integer(root, "auto-pause-after-missed", "the queue file", 0, 20) ?? new AcdConfiguration().AutoPauseAfterMissedOffers;

        var queues = new List<ParsedQueue>();
        switch (FlowReader.Child(root, "queues"))
        {
            case YamlMappingNode { Children.Count: > 0 } queueMap:
                foreach (var (key, value) in queueMap.Children)
                {
                    if (Queue(key, value) is { } queue)
                    {
                        queues.Add(queue);
                    }
                }
                break;
            case null:
                read.Error(root, "the queue file needs 'queues': queue names and their settings");
                break;
            case var other:
                read.Error(other, "'queues' must map queue names to their settings");
                break;
        }

        var agents = new List<ParsedAgent>();
        switch (FlowReader.Child(root, "agents"))
        {
            case YamlSequenceNode { Children.Count: > 0 } list:
                agents.AddRange(list.Children.Select(Agent).OfType<ParsedAgent>());
                break;
            case null:
                read.Error(root, "the queue file needs 'agents': a list of extension, name and skills");
                break;
            case var other:
                read.Error(other, "'agents' must be a list of {extension, name, skills}");
                break;
        }
        return new ParsedAcdConfiguration(queues, agents, autoPause);
    }

    private ParsedQueue? Queue(YamlNode key, YamlNode value)
    {
        var name = (key as YamlScalarNode)?.Value ?? "";
        var what = $"queue '{name}'";
        if (!SimpleName().IsMatch(name))
        {
            read.Error(key, $"{what}: a queue name is lower-case letters, digits, '-' and '_' (flows name it in their queue nodes)");
        }
        if (value is not YamlMappingNode map)
        {
            read.Error(value, $"{what} must be a mapping of its settings");
            return null;
        }
        read.OnlyKnown(map, what, QueueKeys);
        var standard = new QueueDefinition { Name = name };
        var (steps, stepLocations) = Steps(map, what);
        var overflowNode = FlowReader.Child(map, "overflow");
        var definition = new QueueDefinition
        {
            Name = name,
            Skills = steps,
            MatchLanguage = read.Flag(map, "match-language", what) ?? standard.MatchLanguage,
            Strategy = Strategy(map, what) ?? standard.Strategy,
            RingTimeout = read.Time(map, "ring-timeout", what, ShortestRing, LongestRing) ?? standard.RingTimeout,
            WrapUp = read.Time(map, "wrap-up", what, TimeSpan.Zero, LongestWrapUp) ?? standard.WrapUp,
            MaxWait = read.Time(map, "max-wait", what, ShortestMaxWait, LongestMaxWait) ?? standard.MaxWait,
            Overflow = overflowNode is null ? standard.Overflow : Overflow(overflowNode, what) ?? standard.Overflow,
            AnnouncementInterval = read.Time(map, "announce-every", what, ShortestAnnouncement, LongestAnnouncement) ?? standard.AnnouncementInterval,
            MusicOnHold = MusicOnHold(map, what) ?? standard.MusicOnHold,
            TierWeights = TierWeights(map, what) ?? standard.TierWeights,
            LastAgentWait = read.Time(map, "last-agent-wait", what, TimeSpan.Zero, LongestLastAgentWait) ?? standard.LastAgentWait,
            ServiceLevel = read.Time(map, "service-level", what, ShortestServiceLevel, LongestServiceLevel) ?? standard.ServiceLevel,
        };
        var lastAgentWait = FlowReader.Child(map, "last-agent-wait") ?? map;
        var serviceLevel = FlowReader.Child(map, "service-level") ?? map;
        return new ParsedQueue(definition, read.At(key), stepLocations, read.At(overflowNode ?? map), read.At(lastAgentWait), read.At(serviceLevel));
    }

    /// <summary>Either one step at once (skills: {support: 3}) or a list of {after, require} relaxing over the wait.</summary>
    private (IReadOnlyList<SkillStep> Steps, IReadOnlyList<(SourceLocation After, SourceLocation Require)> Locations) Steps(YamlMappingNode map, string what)
    {
        switch (FlowReader.Child(map, "skills"))
        {
            case null:
                return ([], []);
            case YamlMappingNode single:
                return ([new SkillStep(TimeSpan.Zero, Requirements(single, what))], [(read.At(single), read.At(single))]);
            case YamlSequenceNode { Children.Count: > 0 } list:
                var steps = new List<SkillStep>();
                var locations = new List<(SourceLocation, SourceLocation)>();
                foreach (var item in list.Children)
                {
                    if (item is not YamlMappingNode step)
                    {
                        read.Error(item, $"{what}: a skill step is {{after: 30s, require: {{support: 2}}}}");
                        continue;
                    }
                    read.OnlyKnown(step, $"{what}: a skill step", StepKeys);
                    var after = FlowReader.Child(step, "after") is null
                        ? Missing(step, $"{what}: a skill step needs 'after' (0s for the first)")
                        : read.Time(step, "after", $"{what}: a skill step", TimeSpan.Zero, LongestStep);
                    var requirements = FlowReader.Child(step, "require") switch
                    {
                        YamlMappingNode require => Requirements(require, what),
                        null => [],
                        var other => Unexpected(other, $"{what}: 'require' maps skills to the lowest level that will do, e.g. {{support: 2}}"),
                    };
                    if (after is { } at)
                    {
                        steps.Add(new SkillStep(at, requirements));
                        var afterNode = FlowReader.Child(step, "after")!;
                        locations.Add((read.At(afterNode), read.At(FlowReader.Child(step, "require") ?? afterNode)));
                    }
                }
                return (steps, locations);
            case var other:
                read.Error(other, $"{what}: 'skills' is {{skill: level}} or a list of {{after, require}} steps");
                return ([], []);
        }
    }

    private TimeSpan? Missing(YamlNode node, string message)
    {
        read.Error(node, message);
        return null;
    }

    private IReadOnlyList<SkillRequirement> Unexpected(YamlNode node, string message)
    {
        read.Error(node, message);
        return [];
    }

    private IReadOnlyList<SkillRequirement> Requirements(YamlMappingNode map, string what) =>
        Levels(map, what).Select(l => new SkillRequirement(l.Skill, l.Level)).ToList();

    /// <summary>Skill names with levels from 1 (can do) to 5 (expert), in the order written.</summary>
    private List<(string Skill, int Level)> Levels(YamlMappingNode map, string what)
    {
        var levels = new List<(string, int)>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var skill = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!SimpleName().IsMatch(skill))
            {
                read.Error(keyNode, $"{what}: '{skill}' is not a skill name (lower-case letters, digits, '-' and '_', e.g. support or zh)");
                continue;
            }
            if (valueNode is YamlScalarNode { Value: var text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= MinLevel and <= MaxLevel)
            {
                levels.Add((skill, level));
            }
            else
            {
                read.Error(valueNode, $"{what}: the level of '{skill}' must be a whole number from {MinLevel} to {MaxLevel}");
            }
        }
        return levels;
    }

    private RoutingStrategy? Strategy(YamlMappingNode map, string what)
    {
        switch (read.Text(map, "strategy", what))
        {
            case null:
                return null;
            case "longest-idle":
                return RoutingStrategy.LongestIdle;
            case "round-robin":
                return RoutingStrategy.RoundRobin;
            case "fewest-calls":
                return RoutingStrategy.FewestCalls;
            case var other:
                read.Error(FlowReader.Child(map, "strategy")!, $"{what}: unknown strategy '{other}' (longest-idle, round-robin, fewest-calls)");
                return null;
        }
    }

    /// <summary>voicemail, callback, or {queue: NAME}.</summary>
    private OverflowTarget? Overflow(YamlNode node, string what)
    {
        const string Expected = "'overflow' is voicemail, callback or {queue: NAME}";
        switch (node)
        {
            case YamlScalarNode { Value: "voicemail" }:
                return new OverflowTarget(OverflowAction.Voicemail);
            case YamlScalarNode { Value: "callback" }:
                return new OverflowTarget(OverflowAction.Callback);
            case YamlMappingNode map:
                read.OnlyKnown(map, $"{what}: 'overflow'", ["queue"]);
                return read.Text(map, "queue", $"{what}: 'overflow'", required: true) is { } queue ? new OverflowTarget(OverflowAction.Queue, queue) : null;
            default:
                read.Error(node, $"{what}: {Expected}");
                return null;
        }
    }

    private string? MusicOnHold(YamlMappingNode map, string what)
    {
        var name = read.Text(map, "music-on-hold", what);
        if (name is not null && !MusicClass().IsMatch(name))
        {
            read.Error(FlowReader.Child(map, "music-on-hold")!, $"{what}: '{name}' is not a music-on-hold class name (letters, digits, '-' and '_', as in musiconhold.conf)");
            return null;
        }
        return name;
    }

    private Dictionary<CustomerTier, double>? TierWeights(YamlMappingNode map, string what)
    {
        switch (FlowReader.Child(map, "tier-weights"))
        {
            case null:
                return null;
            case YamlMappingNode weightMap:
                var weights = new Dictionary<CustomerTier, double>();
                foreach (var (keyNode, valueNode) in weightMap.Children)
                {
                    var tierName = (keyNode as YamlScalarNode)?.Value ?? "";
                    CustomerTier? tier = tierName switch
                    {
                        "vip" => CustomerTier.Vip,
                        "member" => CustomerTier.Member,
                        "regular" => CustomerTier.Regular,
                        _ => null,
                    };
                    if (tier is null)
                    {
                        read.Error(keyNode, $"{what}: '{tierName}' is not a customer tier (vip, member, regular)");
                        continue;
                    }
                    if (valueNode is YamlScalarNode { Value: var text }
                        && double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight)
                        && weight > 0 && weight <= HeaviestWeight)
                    {
                        weights[tier.Value] = weight;
                    }
                    else
                    {
                        read.Error(valueNode, $"{what}: the weight of '{tierName}' must be a number above 0 and at most {HeaviestWeight.ToString(CultureInfo.InvariantCulture)}");
                    }
                }
                return weights;
            case var other:
                read.Error(other, $"{what}: 'tier-weights' maps tiers to weights, e.g. {{vip: 10, member: 2, regular: 1}}");
                return null;
        }
    }

    private ParsedAgent? Agent(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            read.Error(node, "an agent is {extension, name, skills}");
            return null;
        }
        var extension = read.Text(map, "extension", "an agent", required: true);
        var what = extension is null ? "an agent" : $"agent {extension}";
        read.OnlyKnown(map, what, AgentKeys);
        if (extension is not null && !Extension().IsMatch(extension))
        {
            read.Error(FlowReader.Child(map, "extension")!, $"{what}: an extension is digits only, e.g. 1001 (it is the agent's PJSIP endpoint)");
        }
        var name = read.Text(map, "name", what, required: true);
        var skills = FlowReader.Child(map, "skills") switch
        {
            null => [],
            YamlMappingNode skillMap => Levels(skillMap, what),
            var other => NoSkills(other, $"{what}: 'skills' maps skills to levels, e.g. {{support: 3, en: 5}}"),
        };
        if (extension is null || name is null)
        {
            return null;
        }
        var definition = new AgentDefinition
        {
            Extension = extension,
            Name = name,
            Skills = skills.ToDictionary(s => s.Skill, s => s.Level, StringComparer.Ordinal),
        };
        return new ParsedAgent(definition, read.At(map));
    }

    private List<(string Skill, int Level)> NoSkills(YamlNode node, string message)
    {
        read.Error(node, message);
        return [];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex SimpleName();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex MusicClass();

    [GeneratedRegex("^[0-9]{1,15}$")]
    private static partial Regex Extension();
}
