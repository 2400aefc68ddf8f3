using System.Globalization;
using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>A recorded scenario: the events the websocket delivered and the REST exchanges the application made.</summary>
public sealed class TraceScenario
{
    private TraceScenario(string name, IReadOnlyList<JsonObject> events, IReadOnlyList<TraceRestExchange> rest)
    {
        Name = name;
        Events = events;
        Rest = rest;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Traces");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*.rest.jsonl")
            .Select(p => Path.GetFileName(p)[..^".rest.jsonl".Length])
            .Order(StringComparer.Ordinal);

    public string Name { get; }

    public IReadOnlyList<JsonObject> Events { get; }

    public IReadOnlyList<TraceRestExchange> Rest { get; }

    /// <summary>The simulated caller's channel: the one the first StasisStart is about.</summary>
    public string CallerChannelId => (string)Events.First(e => (string?)e["type"] == "StasisStart")["channel"]!["id"]!;

    public static TraceScenario Load(string name)
    {
        var events = File.ReadLines(Path.Combine(Directory, name + ".jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => (JsonObject)JsonNode.Parse(l)!)
            .ToList();
        var rest = File.ReadLines(Path.Combine(Directory, name + ".rest.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => (JsonObject)JsonNode.Parse(l)!)
            .Select(r => new TraceRestExchange(
                Time((string)r["ts"]!),
                TimeSpan.FromMilliseconds((double)r["ms"]!),
                (string)r["method"]!,
                (string)r["path"]!,
                ((JsonObject)r["query"]!).Select(p => KeyValuePair.Create(p.Key, (string)p.Value!)).ToList(),
                r["body"]?.DeepClone(),
                (int)r["status"]!,
                r["response"]?.DeepClone()))
            .ToList();
        return new TraceScenario(name, events, rest);
    }

    /// <summary>ARI's "2026-11-22T14:31:35.862+0000" as well as the REST log's ISO "...Z".</summary>
    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:ss.fffzz", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset TimeOf(JsonObject e) => Time(((string)e["timestamp"]!).Insert(((string)e["timestamp"]!).Length - 2, ":"));
}
