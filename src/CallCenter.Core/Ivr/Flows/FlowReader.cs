using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>Reads typed values out of a YAML mapping, noting every problem with its line instead of stopping.</summary>
internal sealed class FlowReader(string file)
{
    private readonly List<FlowError> errors = [];

    public IReadOnlyList<FlowError> Errors => errors;

    public string File => file;

    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    public void Error(YamlNode node, string message) => errors.Add(new FlowError(At(node), message));

    public void Error(SourceLocation location, string message) => errors.Add(new FlowError(location, message));

    /// <summary>
    /// The document's root mapping, or null with the one error that stops reading: not YAML, empty, not a mapping,
    /// or a key written twice (<paramref name="duplicateHint"/> says what that usually means in this kind of file).
    /// </summary>
    public YamlMappingNode? Root(string yaml, string expected, string duplicateHint)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }
            Error(new SourceLocation(file, 1, 1), expected);
            return null;
        }
        catch (YamlException exception)
        {
            // Duplicate keys land here too, with their line.
            var message = exception.InnerException?.Message ?? exception.Message;
            var duplicate = message.Contains("same key", StringComparison.OrdinalIgnoreCase) || message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);
            Error(At(exception.Start), duplicate ? $"a key is written twice here ({duplicateHint}): {message}" : "the file is not valid YAML: " + message);
            return null;
        }
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Reports settings a node does not know — a typo must not silently fall back to a default.</summary>
    public void OnlyKnown(YamlMappingNode map, string what, IReadOnlyCollection<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Error(key, $"{what} has no setting '{name}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }

    public string? Text(YamlMappingNode map, string key, string what, bool required = false)
    {
        switch (Child(map, key))
        {
            case null:
                if (required)
                {
                    Error(map, $"{what} needs '{key}'");
                }
                return null;
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return value;
            case var node:
                Error(node, $"{what}: '{key}' must be a single value");
                return null;
        }
    }

    public int? Integer(YamlMappingNode map, string key, string what, int min, int max)
    {
        if (Child(map, key) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: var text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Error(node, $"{what}: '{key}' must be a whole number from {min} to {max}");
        return null;
    }

    public bool? Flag(YamlMappingNode map, string key, string what)
    {
        if (Child(map, key) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: var text } && bool.TryParse(text, out var value))
        {
            return value;
        }
        Error(node, $"{what}: '{key}' must be true or false");
        return null;
    }

    public TimeSpan? Time(YamlMappingNode map, string key, string what)
    {
        if (Child(map, key) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && Duration.TryParse(text, out var value) && value > TimeSpan.Zero)
        {
            return value;
        }
        Error(node, $"{what}: '{key}' must be a duration such as 500ms, 5s or 2m");
        return null;
    }

    /// <summary>A duration from <paramref name="min"/> to <paramref name="max"/>, both included (so zero only when min is zero).</summary>
    public TimeSpan? Time(YamlMappingNode map, string key, string what, TimeSpan min, TimeSpan max)
    {
        if (Child(map, key) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && Duration.TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Error(node, $"{what}: '{key}' must be a duration from {Duration.Format(min)} to {Duration.Format(max)}, such as 30s or 2m");
        return null;
    }

    public DateOnly? Date(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        Error(node, $"{what} must be a date written yyyy-MM-dd");
        return null;
    }

    public char? Key(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: 1 } text } && "0123456789*#".Contains(text[0], StringComparison.Ordinal))
        {
            return text[0];
        }
        Error(node, $"{what} must be one phone key: 0-9, * or #");
        return null;
    }

    /// <summary>A prompt list: "name", [name, ...], or entries {prompt: name, from: date, until: date}.</summary>
    public IReadOnlyList<TimedPrompt> Prompts(YamlMappingNode map, string what)
    {
        var single = Child(map, "prompt");
        var many = Child(map, "prompts");
        if (single is not null && many is not null)
        {
            Error(many, $"{what}: write either 'prompt' or 'prompts', not both");
        }
        return (single ?? many) switch
        {
            null => [],
            YamlScalarNode scalar => PromptEntry(scalar, what) is { } one ? [one] : [],
            YamlSequenceNode list => [.. list.Children.Select(item => PromptEntry(item, what)).OfType<TimedPrompt>()],
            var other => Unexpected(other, $"{what}: prompts must be a name or a list"),
        };
    }

    public TimedPrompt? Prompt(YamlMappingNode map, string key, string what) =>
        Child(map, key) is { } node ? PromptEntry(node, what) : null;

    private TimedPrompt? PromptEntry(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } bare }:
                return new TimedPrompt(bare, null, null, At(node));
            case YamlMappingNode entry:
                OnlyKnown(entry, $"{what}: a prompt entry", ["prompt", "from", "until"]);
                var name = Text(entry, "prompt", $"{what}: a prompt entry", required: true);
                var from = Child(entry, "from") is { } f ? Date(f, $"{what}: 'from'") : null;
                var until = Child(entry, "until") is { } u ? Date(u, $"{what}: 'until'") : null;
                if (from is not null && until is not null && until < from)
                {
                    Error(entry, $"{what}: prompt '{name}' ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
                }
                return name is null ? null : new TimedPrompt(name, from, until, At(node));
            default:
                Error(node, $"{what}: a prompt is a name or {{prompt, from, until}}");
                return null;
        }
    }

    private IReadOnlyList<TimedPrompt> Unexpected(YamlNode node, string message)
    {
        Error(node, message);
        return [];
    }
}
