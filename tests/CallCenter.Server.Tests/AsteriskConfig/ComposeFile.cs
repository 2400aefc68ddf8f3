using CallCenter.Testing;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// The repository's docker-compose.yml read with YamlDotNet. Values are interpolated the way
/// compose does with no .env file: "${NAME:-default}" becomes its default.
/// </summary>
public sealed partial class ComposeFile
{
    private ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public IReadOnlyList<string> ServiceNames => [.. Mapping(Root, "services").Children.Keys.Select(key => ((YamlScalarNode)key).Value ?? "")];

    public IReadOnlyList<string> VolumeNames =>
        Root.Children.TryGetValue(new YamlScalarNode("volumes"), out var volumes) && volumes is YamlMappingNode mapping
            ? [.. mapping.Children.Keys.Select(key => ((YamlScalarNode)key).Value ?? "")]
            : [];

    public static ComposeFile LoadFromRepository()
    {
        using var reader = new StreamReader(RepositoryRoot.PathOf("docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return new ComposeFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Service(string name) => Mapping(Mapping(Root, "services"), name);

    public IReadOnlyDictionary<string, string> Environment(string service)
    {
        var node = Child(Service(service), "environment");
        return node switch
        {
            null => new Dictionary<string, string>(),
            YamlMappingNode mapping => mapping.Children.ToDictionary(
                pair => ((YamlScalarNode)pair.Key).Value ?? "",
                pair => Interpolate(((YamlScalarNode)pair.Value).Value ?? "")),
            YamlSequenceNode list => list.Children.Select(item => ((YamlScalarNode)item).Value ?? "")
                .Select(item => item.Split('=', 2))
                .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? Interpolate(parts[1]) : ""),
            _ => throw new InvalidOperationException($"{service}.environment is neither a mapping nor a list"),
        };
    }

    /// <summary>The raw text of an environment value, before interpolation.</summary>
    public string RawEnvironmentValue(string service, string name) =>
        ((YamlScalarNode)Mapping(Service(service), "environment").Children[new YamlScalarNode(name)]).Value ?? "";

    public IReadOnlyList<ComposePort> Ports(string service) =>
        [.. Strings(Service(service), "ports").Select(ComposePort.Parse)];

    public IReadOnlyList<ComposeVolumeMount> Volumes(string service) =>
        [.. Strings(Service(service), "volumes").Select(ComposeVolumeMount.Parse)];

    public static string Interpolate(string value) =>
        Variable().Replace(value, match => match.Groups["default"].Success ? match.Groups["default"].Value : "");

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        Child(node, key) as YamlMappingNode
        ?? throw new InvalidOperationException($"docker-compose.yml: '{key}' is missing or not a mapping");

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        Child(node, key) is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(item => ((YamlScalarNode)item).Value ?? "")]
            : [];

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:?-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
