using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>
/// Compares two JSON values by shape only: the same field names in the same order and the same value kinds,
/// recursively. Values themselves (ids, timestamps, counts) may differ; array items are compared with the other
/// side's first item.
/// </summary>
public static class JsonShape
{
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        var expectedKind = Kind(expected);
        var actualKind = Kind(actual);
        if (expectedKind != actualKind)
        {
            differences.Add($"{path}: expected {expectedKind}, got {actualKind}");
            return;
        }
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = (JsonObject)actual!;
                var before = differences.Count;
                var expectedNames = expectedObject.Select(p => p.Key).ToList();
                var actualNames = actualObject.Select(p => p.Key).ToList();
                foreach (var missing in expectedNames.Except(actualNames))
                {
                    differences.Add($"{path}.{missing}: missing");
                }
                foreach (var extra in actualNames.Except(expectedNames))
                {
                    differences.Add($"{path}.{extra}: not in the trace");
                }
                if (differences.Count == before && !expectedNames.SequenceEqual(actualNames))
                {
                    differences.Add($"{path}: fields in order [{string.Join(",", actualNames)}], the trace has [{string.Join(",", expectedNames)}]");
                }
                foreach (var name in expectedNames.Intersect(actualNames))
                {
                    Compare(expectedObject[name], actualObject[name], path + "." + name, differences);
                }
                break;
            case JsonArray expectedArray:
                var actualArray = (JsonArray)actual!;
                if (expectedArray.Count > 0 && actualArray.Count > 0)
                {
                    for (var i = 0; i < actualArray.Count; i++)
                    {
                        Compare(expectedArray[Math.Min(i, expectedArray.Count - 1)], actualArray[i], $"{path}[{i}]", differences);
                    }
                }
                break;
        }
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Null => "null",
            var other => other.ToString(),
        },
        _ => "unknown",
    };
}
