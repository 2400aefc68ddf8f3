using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Ari.Tests.Rest;

/// <summary>One REST request an application made to a real Asterisk, and its answer, from Traces/*.rest.jsonl.</summary>
public sealed record RecordedExchange(string Scenario, string Method, string Path, IReadOnlyDictionary<string, string> Query, int Status, JsonNode? Response)
{
    public static IEnumerable<RecordedExchange> All()
    {
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "Traces");
        foreach (var file in Directory.GetFiles(directory, "*.rest.jsonl").Order())
        {
            var scenario = System.IO.Path.GetFileName(file).Replace(".rest.jsonl", "", StringComparison.Ordinal);
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var node = JsonNode.Parse(line)!.AsObject();
                var query = node["query"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
                yield return new RecordedExchange(
                    scenario,
                    node["method"]!.GetValue<string>(),
                    node["path"]!.GetValue<string>(),
                    query,
                    node["status"]!.GetValue<int>(),
                    node["response"]?.DeepClone());
            }
        }
    }

    public string ResponseText => Response?.ToJsonString() ?? "";

    public override string ToString() => $"{Scenario}: {Method} {Path} -> {Status}";

    public static string Serialize(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
