using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Core.Ivr.Flows.Nodes;
using YamlDotNet.RepresentationModel;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>
/// Reads a flow file into nodes, with every error at its line. Checking the nodes against each other and
/// against prompts and handlers is <see cref="FlowValidator"/>'s job; <see cref="FlowCompiler"/> runs both.
/// </summary>
internal sealed class FlowParser
{
    private static readonly string[] TopLevel = ["flow", "languages", "default-language", "time-zone", "start", "defaults", "nodes", "description"];
    private static readonly string[] DefaultKeys = ["timeout", "first-digit-timeout", "inter-digit-timeout", "attempts", "invalid-prompt", "timeout-prompt", "fallback"];
    private static readonly string[] RetryKeys = ["attempts", "invalid-prompt", "timeout-prompt", "fallback"];

    private readonly FlowReader read;
    private FlowDefaults defaults;

    private FlowParser(string file)
    {
        read = new FlowReader(file);
        defaults = FlowDefaults.Standard(file);
    }

    /// <summary>The flow's nodes and settings, or null; errors in <paramref name="errors"/>.</summary>
    public static ParsedFlow? Parse(string yaml, string file, out IReadOnlyList<FlowError> errors)
    {
        var parser = new FlowParser(file);
        var result = parser.Run(yaml);
        errors = parser.read.Errors;
        return errors.Count == 0 ? result : null;
    }

    private ParsedFlow? Run(string yaml)
    {
        if (read.Root(yaml, "a flow file is a mapping with 'flow', 'start' and 'nodes'", "two nodes with one id, or one key twice in a menu's options") is not { } root)
        {
            return null;
        }

        read.OnlyKnown(root, "the flow", TopLevel);
        var name = read.Text(root, "flow", "the flow", required: true) ?? "";
        var languages = Languages(root);
        var defaultLanguage = read.Text(root, "default-language", "the flow") ?? languages.FirstOrDefault() ?? "en";
        var timeZone = TimeZone(root);
        var start = read.Text(root, "start", "the flow", required: true) ?? "";
        var startLocation = FlowReader.Child(root, "start") is { } startNode ? read.At(startNode) : read.At(root);
        if (FlowReader.Child(root, "defaults") is { } defaultsNode)
        {
            defaults = Defaults(defaultsNode);
        }

        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        switch (FlowReader.Child(root, "nodes"))
        {
            case YamlMappingNode nodeMap:
                foreach (var (key, value) in nodeMap.Children)
                {
                    var id = ((YamlScalarNode)key).Value ?? "";
                    if (Node(id, key, value) is { } node)
                    {
                        nodes[id] = node;
                    }
                }
                break;
            case null:
                read.Error(root, "the flow needs 'nodes'");
                break;
            case var other:
                read.Error(other, "'nodes' must map node ids to nodes");
                break;
        }

        if (!languages.Contains(defaultLanguage, StringComparer.Ordinal))
        {
            read.Error(FlowReader.Child(root, "default-language") ?? root, $"the default language '{defaultLanguage}' is not one of the flow's languages ({string.Join(", ", languages)})");
        }
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..16];
        return new ParsedFlow(name, languages, defaultLanguage, timeZone, start, startLocation, nodes.ToFrozenDictionary(StringComparer.Ordinal), fingerprint);
    }

    private IReadOnlyList<string> Languages(YamlMappingNode root)
    {
        switch (FlowReader.Child(root, "languages"))
        {
            case null:
                return ["en"];
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                var languages = list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
                if (languages.Count == 0 || languages.Distinct(StringComparer.Ordinal).Count() != languages.Count)
                {
                    read.Error(list, "'languages' must list each language once");
                }
                return languages;
            case var other:
                read.Error(other, "'languages' must be a list such as [en, zh]");
                return ["en"];
        }
    }

    private TimeZoneInfo TimeZone(YamlMappingNode root)
    {
        if (FlowReader.Child(root, "time-zone") is not YamlScalarNode { Value: { } id } node)
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            read.Error(node, $"'{id}' is not a time zone this machine knows (use an IANA name such as America/New_York)");
            return TimeZoneInfo.Utc;
        }
    }

    private FlowDefaults Defaults(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            read.Error(node, "'defaults' must be a mapping");
            return defaults;
        }
        read.OnlyKnown(map, "'defaults'", DefaultKeys);
        return new FlowDefaults(
            read.Time(map, "timeout", "'defaults'") ?? defaults.Timeout,
            read.Time(map, "first-digit-timeout", "'defaults'") ?? defaults.FirstDigitTimeout,
            read.Time(map, "inter-digit-timeout", "'defaults'") ?? defaults.InterDigitTimeout,
            read.Integer(map, "attempts", "'defaults'", 1, 10) ?? defaults.Attempts,
            read.Prompt(map, "invalid-prompt", "'defaults'") ?? defaults.InvalidPrompt,
            read.Prompt(map, "timeout-prompt", "'defaults'") ?? defaults.TimeoutPrompt,
            read.Text(map, "fallback", "'defaults'") ?? defaults.Fallback,
            FlowReader.Child(map, "fallback") is { } fallback ? read.At(fallback) : defaults.FallbackLocation);
    }

    private FlowNode? Node(string id, YamlNode key, YamlNode value)
    {
        var what = $"node '{id}'";
        if (value is not YamlMappingNode map)
        {
            read.Error(value, $"{what} must be a mapping with a 'type'");
            return null;
        }
        var location = read.At(key);
        var type = read.Text(map, "type", what, required: true);
        return type switch
        {
            "announce" => Announce(id, location, map, what),
            "menu" => Menu(id, location, map, what),
            "collect" => Collect(id, location, map, what),
            "say" => Say(id, location, map, what),
            "lookup" => Lookup(id, location, map, what),
            "hours" => Hours(id, location, map, what),
            "language" => Language(id, location, map, what),
            "record" => Record(id, location, map, what),
            "queue" => Queue(id, location, map, what),
            "goto" => Goto(id, location, map, what),
            "hangup" => Hangup(id, location, map, what),
            null => null,
            _ => Unknown(map, what, type),
        };
    }

    private FlowNode? Unknown(YamlMappingNode map, string what, string type)
    {
        read.Error(FlowReader.Child(map, "type")!, $"{what} has an unknown type '{type}' (announce, menu, collect, say, lookup, hours, language, record, queue, goto, hangup)");
        return null;
    }

    private AnnounceNode Announce(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts", "next"]);
        var prompts = read.Prompts(map, what);
        if (prompts.Count == 0)
        {
            read.Error(map, $"{what} has nothing to announce");
        }
        return new AnnounceNode(id, at, prompts, Exit(map, "next", "next", what));
    }

    private MenuNode Menu(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts", "options", "timeout", .. RetryKeys]);
        var options = new Dictionary<char, FlowExit>();
        if (FlowReader.Child(map, "options") is YamlMappingNode optionMap && optionMap.Children.Count > 0)
        {
            foreach (var (keyNode, targetNode) in optionMap.Children)
            {
                if (read.Key(keyNode, $"{what}: an option") is { } digit && Target(targetNode, $"{what}: option {digit}") is { } target)
                {
                    options[digit] = new FlowExit($"key {digit}", target, read.At(targetNode));
                }
            }
        }
        else
        {
            read.Error(FlowReader.Child(map, "options") ?? map, $"{what} needs 'options': keys and the nodes they lead to");
        }
        return new MenuNode(id, at, read.Prompts(map, what), options, read.Time(map, "timeout", what) ?? defaults.Timeout, Retries(map, what));
    }

    private CollectNode Collect(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts", "into", "digits", "min-digits", "max-digits", "terminator", "first-digit-timeout", "inter-digit-timeout", "validate", "mask", "next", .. RetryKeys]);
        var exact = read.Integer(map, "digits", what, 1, 32);
        var min = exact ?? read.Integer(map, "min-digits", what, 1, 32) ?? 1;
        var max = exact ?? read.Integer(map, "max-digits", what, 1, 32) ?? 20;
        if (min > max)
        {
            read.Error(map, $"{what}: min-digits ({min}) is more than max-digits ({max})");
        }
        char? terminator = FlowReader.Child(map, "terminator") is { } t ? read.Key(t, $"{what}: 'terminator'") : '#';
        var validator = read.Text(map, "validate", what) switch
        {
            null => DigitValidator.None,
            "membership-card" => DigitValidator.MembershipCard,
            "luhn" => DigitValidator.Luhn,
            var other => InvalidValidator(map, what, other),
        };
        if (validator == DigitValidator.MembershipCard && (min > Customers.MembershipCard.Length || max < Customers.MembershipCard.Length))
        {
            read.Error(map, $"{what}: a membership card has {Customers.MembershipCard.Length} digits, outside {min}-{max}");
        }
        return new CollectNode(
            id,
            at,
            read.Prompts(map, what),
            read.Text(map, "into", what, required: true) ?? "",
            min,
            max,
            terminator,
            read.Time(map, "first-digit-timeout", what) ?? defaults.FirstDigitTimeout,
            read.Time(map, "inter-digit-timeout", what) ?? defaults.InterDigitTimeout,
            validator,
            read.Flag(map, "mask", what) ?? validator == DigitValidator.MembershipCard,
            Retries(map, what),
            Exit(map, "next", "next", what));
    }

    private DigitValidator InvalidValidator(YamlMappingNode map, string what, string name)
    {
        read.Error(FlowReader.Child(map, "validate")!, $"{what}: unknown validator '{name}' (membership-card, luhn)");
        return DigitValidator.None;
    }

    private SayNode Say(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "say", "next"]);
        var items = new List<SayItem>();
        if (FlowReader.Child(map, "say") is YamlSequenceNode list && list.Children.Count > 0)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlMappingNode { Children.Count: 1 } entry
                    && entry.Children.First() is var (kindNode, valueNode)
                    && valueNode is YamlScalarNode { Value: { Length: > 0 } value})
                {
                    var kind = ((YamlScalarNode)kindNode).Value switch
                    {
                        "prompt" => SayKind.Prompt,
                        "number" => SayKind.Number,
                        "digits" => SayKind.Digits,
                        "money" => SayKind.Money,
                        "date" => SayKind.Date,
                        _ => (SayKind?)null,
                    };
                    if (kind is null)
                    {
                        read.Error(kindNode, $"{what}: say what? (prompt, number, digits, money, date)");
                        continue;
                    }
                    items.Add(new SayItem(kind.Value, value, read.At(item)));
                }
                else
                {
                    read.Error(item, $"{what}: each item is one of prompt: NAME, number: VARIABLE, digits: VARIABLE, money: VARIABLE, date: VARIABLE");
                }
            }
        }
        else
        {
            read.Error(FlowReader.Child(map, "say") ?? map, $"{what} needs 'say': a list of what to speak");
        }
        return new SayNode(id, at, items, Exit(map, "next", "next", what));
    }

    private LookupNode Lookup(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "handler", "found", "not-found", "error"]);
        var handler = read.Text(map, "handler", what, required: true) ?? "";
        var found = Exit(map, "found", "found", what);
        var error = Exit(map, "error", "error", what);
        // A handler that can only find (store info) need not name a not-found branch: it is an error then.
        var notFound = FlowReader.Child(map, "not-found") is null ? error with { Trigger = "not-found" } : Exit(map, "not-found", "not-found", what);
        return new LookupNode(id, at, handler, found, notFound, error);
    }

    private HoursNode Hours(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "schedule", "holidays", "open", "closed"]);
        var days = new Dictionary<DayOfWeek, IReadOnlyList<(TimeOnly, TimeOnly)>>();
        if (FlowReader.Child(map, "schedule") is YamlMappingNode schedule)
        {
            foreach (var (dayNode, hoursNode) in schedule.Children)
            {
                var dayNames = ((YamlScalarNode)dayNode).Value ?? "";
                var covered = WeekDays.Parse(dayNames);
                if (covered is null)
                {
                    read.Error(dayNode, $"{what}: '{dayNames}' is not a day or a range of days (mon, tue-fri, saturday...)");
                    continue;
                }
                var ranges = HourRanges(hoursNode, what);
                foreach (var day in covered)
                {
                    if (days.ContainsKey(day))
                    {
                        read.Error(dayNode, $"{what}: {day} is given twice");
                    }
                    days[day] = ranges;
                }
            }
        }
        else
        {
            read.Error(FlowReader.Child(map, "schedule") ?? map, $"{what} needs 'schedule': days and their opening hours");
        }
        var holidays = new HashSet<DateOnly>();
        if (FlowReader.Child(map, "holidays") is { } holidayNode)
        {
            if (holidayNode is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    if (read.Date(item, $"{what}: a holiday") is { } day)
                    {
                        holidays.Add(day);
                    }
                }
            }
            else
            {
                read.Error(holidayNode, $"{what}: 'holidays' must be a list of dates");
            }
        }
        return new HoursNode(id, at, new WeeklySchedule(days, holidays), Exit(map, "open", "open", what), Exit(map, "closed", "closed", what));
    }

    private IReadOnlyList<(TimeOnly, TimeOnly)> HourRanges(YamlNode node, string what)
    {
        var texts = node switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode list => list.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToArray(),
            _ => Array.Empty<string>(),
        };
        var ranges = new List<(TimeOnly, TimeOnly)>();
        foreach (var text in texts)
        {
            if (text.Equals("closed", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var parts = text.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && ClockTime(parts[0]) is { } opens && ClockTime(parts[1]) is { } closes && (closes > opens || closes == TimeOnly.MinValue))
            {
                ranges.Add((opens, closes));
            }
            else
            {
                read.Error(node, $"{what}: '{text}' is not opening hours such as 09:00-18:00, or closed");
            }
        }
        return ranges;
    }

    private static TimeOnly? ClockTime(string text) =>
        text == "24:00" ? TimeOnly.MinValue
        : TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? time : null;

    private LanguageNode Language(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts", "options", "timeout", "default", "skip-when-known", "next"]);
        var options = new Dictionary<char, string>();
        if (FlowReader.Child(map, "options") is YamlMappingNode optionMap && optionMap.Children.Count > 0)
        {
            foreach (var (keyNode, languageNode) in optionMap.Children)
            {
                if (read.Key(keyNode, $"{what}: an option") is { } digit && languageNode is YamlScalarNode { Value: { Length: > 0 } language })
                {
                    options[digit] = language;
                }
            }
        }
        else
        {
            read.Error(FlowReader.Child(map, "options") ?? map, $"{what} needs 'options': keys and the languages they choose");
        }
        return new LanguageNode(
            id,
            at,
            read.Prompts(map, what),
            options,
            read.Time(map, "timeout", what) ?? defaults.Timeout,
            read.Text(map, "default", what) ?? "",
            read.Flag(map, "skip-when-known", what) ?? false,
            Exit(map, "next", "next", what));
    }

    private RecordNode Record(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts", "max-length", "min-length", "finish-key", "beep", "review-prompt", "review-timeout", "max-recordings", "into", "next", "fallback"]);
        char? finish = FlowReader.Child(map, "finish-key") is { } f ? read.Key(f, $"{what}: 'finish-key'") : '#';
        return new RecordNode(
            id,
            at,
            read.Prompts(map, what),
            read.Time(map, "max-length", what) ?? TimeSpan.FromMinutes(2),
            read.Time(map, "min-length", what) ?? TimeSpan.FromSeconds(2),
            finish,
            read.Flag(map, "beep", what) ?? true,
            read.Prompt(map, "review-prompt", what),
            read.Time(map, "review-timeout", what) ?? defaults.Timeout,
            read.Integer(map, "max-recordings", what, 1, 5) ?? 3,
            read.Text(map, "into", what, required: true) ?? "",
            Exit(map, "next", "next", what),
            Exit(map, "fallback", "fallback", what, defaults.Fallback, defaults.FallbackLocation));
    }

    private QueueNode Queue(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "queue", "prompt", "prompts", "hold-prompt", "options-prompt", "callback-options-prompt", "fallback", "voicemail", "next"]);
        var fallback = Exit(map, "fallback", "fallback", what);
        var voicemail = FlowReader.Child(map, "voicemail") is null ? null : Exit(map, "voicemail", "voicemail", what);
        return new QueueNode(
            id,
            at,
            read.Text(map, "queue", what, required: true) ?? "",
            read.Prompts(map, what),
            fallback,
            // Without a voicemail of its own, a caller who overflows goes where a caller nobody can answer goes.
            voicemail ?? fallback with { Trigger = "voicemail" },
            FlowReader.Child(map, "next") is null ? null : Exit(map, "next", "next", what),
            read.Prompt(map, "hold-prompt", what) ?? new TimedPrompt("queue-hold", null, null, at),
            voicemail is null ? null : read.Prompt(map, "options-prompt", what) ?? new TimedPrompt("queue-voicemail-option", null, null, at),
            voicemail is null ? null : read.Prompt(map, "callback-options-prompt", what) ?? new TimedPrompt("queue-options", null, null, at));
    }

    private GotoNode Goto(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "target"]);
        return new GotoNode(id, at, Exit(map, "target", "next", what));
    }

    private HangupNode Hangup(string id, SourceLocation at, YamlMappingNode map, string what)
    {
        read.OnlyKnown(map, what, ["type", "prompt", "prompts"]);
        return new HangupNode(id, at, read.Prompts(map, what));
    }

    private InputRetries Retries(YamlMappingNode map, string what) => new(
        read.Integer(map, "attempts", what, 1, 10) ?? defaults.Attempts,
        read.Prompt(map, "invalid-prompt", what) ?? defaults.InvalidPrompt,
        read.Prompt(map, "timeout-prompt", what) ?? defaults.TimeoutPrompt,
        Exit(map, "fallback", "fallback", what, defaults.Fallback, defaults.FallbackLocation));

    private FlowExit Exit(YamlMappingNode map, string key, string trigger, string what, string? fallback = null, SourceLocation fallbackLocation = default)
    {
        if (FlowReader.Child(map, key) is { } node)
        {
            return new FlowExit(trigger, Target(node, $"{what}: '{key}'") ?? "", read.At(node));
        }
        if (fallback is not null)
        {
            return new FlowExit(trigger, fallback, fallbackLocation);
        }
        read.Error(map, $"{what} has no way out: it needs '{key}'");
        return new FlowExit(trigger, "", read.At(map));
    }

    private string? Target(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } target })
        {
            return target;
        }
        read.Error(node, $"{what} must name a node");
        return null;
    }
}
