using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// The names and types of every ARI event and of the models events carry, derived from Asterisk's swagger
/// (api-docs/*.json) and kept in the repository, so the tests stand alone on a clone without ../shared.
/// </summary>
public sealed record AriEventCatalogue(string AriVersion, IReadOnlyList<CatalogueType> Events, IReadOnlyList<CatalogueType> Models)
{
    public const string FileName = "ari-event-catalogue.json";

    private const string RootMessage = "Message";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
    };

    /// <summary>The catalogue copied next to the test assembly.</summary>
    public static AriEventCatalogue Shipped { get; } = Load(Path.Combine(AppContext.BaseDirectory, "Events", FileName));

    public IEnumerable<CatalogueType> EventsAndModels => Events.Concat(Models);

    public CatalogueType Event(string name) => Events.Single(type => type.Name == name);

    public CatalogueType? Model(string name) => Models.SingleOrDefault(type => type.Name == name);

    public static AriEventCatalogue Load(string path) =>
        JsonSerializer.Deserialize<AriEventCatalogue>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"{path} holds no catalogue.");

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    /// <summary>
    /// Events are the leaves under "Message" (MissingParams, and every subtype of Event), each with the fields
    /// it inherits; models are every type those fields reference, followed through nested models.
    /// </summary>
    public static AriEventCatalogue DeriveFrom(string apiDocsDirectory)
    {
        var models = ReadAllModels(apiDocsDirectory);

        var events = new List<CatalogueType>();
        CollectLeafEvents(models, RootMessage, parent: null, inherited: [], events);

        var referenced = new SortedDictionary<string, CatalogueType>(StringComparer.Ordinal);
        var eventNames = events.Select(type => type.Name).ToHashSet();
        var pending = new Queue<CatalogueField>(events.SelectMany(type => type.Fields));
        while (pending.TryDequeue(out var field))
        {
            var name = ElementType(field.Type);
            if (!models.ContainsKey(name) || eventNames.Contains(name) || referenced.ContainsKey(name))
            {
                continue;
            }
            var model = new CatalogueType(name, null, OwnFields(models[name]));
            referenced.Add(name, model);
            foreach (var nested in model.Fields)
            {
                pending.Enqueue(nested);
            }
        }

        return new AriEventCatalogue(
            // resources.json carries the ARI version (10.0.0); the other files only their own revision.
            ReadJson(Path.Combine(apiDocsDirectory, "resources.json"))["apiVersion"]?.GetValue<string>() ?? "",
            [.. events.OrderBy(type => type.Name, StringComparer.Ordinal)],
            [.. referenced.Values]);
    }

    /// <summary>"List[Channel]" -> "Channel"; anything else is its own element type.</summary>
    public static string ElementType(string swaggerType) =>
        swaggerType.StartsWith("List[", StringComparison.Ordinal) && swaggerType.EndsWith(']')
            ? ElementType(swaggerType[5..^1])
            : swaggerType;

    private static void CollectLeafEvents(
        IReadOnlyDictionary<string, JsonObject> models, string name, string? parent, IReadOnlyList<CatalogueField> inherited, List<CatalogueType> events)
    {
        var model = models.TryGetValue(name, out var found)
            ? found
            : throw new InvalidDataException($"The swagger names a subtype {name} it does not define.");
        var fields = inherited.Concat(OwnFields(model)).ToList();
        var subTypes = model["subTypes"]?.AsArray().Select(node => node!.GetValue<string>()).ToList() ?? [];
        if (subTypes.Count == 0)
        {
            events.Add(new CatalogueType(name, parent, fields));
            return;
        }
        foreach (var subType in subTypes)
        {
            CollectLeafEvents(models, subType, name, fields, events);
        }
    }

    private static List<CatalogueField> OwnFields(JsonObject model) =>
        model["properties"]?.AsObject()
            .Select(property => new CatalogueField(
                property.Key,
                property.Value!["type"]!.GetValue<string>(),
                property.Value["required"]?.GetValue<bool>() ?? false))
            .ToList()
        ?? [];

    private static Dictionary<string, JsonObject> ReadAllModels(string apiDocsDirectory)
    {
        var models = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(apiDocsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            if (ReadJson(file)["models"] is not JsonObject declared)
            {
                continue;
            }
            foreach (var (name, model) in declared)
            {
                if (!models.TryAdd(name, model!.AsObject()))
                {
                    throw new InvalidDataException($"Model {name} is declared twice in {apiDocsDirectory}.");
                }
            }
        }
        return models;
    }

    private static JsonObject ReadJson(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is empty.");
}
