using System.Text.Json.Nodes;
using CallCenter.Ari.Events;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// The resources a message names, found from the catalogue's types rather than from each record's code: every
/// Channel, Bridge, Playback, LiveRecording, Endpoint and DeviceState in it, at any depth, and a playback's or
/// recording's target.
/// </summary>
public static class CatalogueResources
{
    private const string ChannelTarget = "channel:";

    public static IReadOnlyList<AriResourceKey> NamedIn(AriEventCatalogue catalogue, JsonObject message, string eventType)
    {
        var keys = new List<AriResourceKey>();
        Collect(catalogue, catalogue.Event(eventType), message, keys);
        return keys.Distinct().ToList();
    }

    private static void Collect(AriEventCatalogue catalogue, CatalogueType type, JsonObject json, List<AriResourceKey> keys)
    {
        foreach (var field in type.Fields)
        {
            if (json[field.Name] is not { } node)
            {
                continue;
            }
            var elementType = AriEventCatalogue.ElementType(field.Type);
            var values = node is JsonArray array ? array.OfType<JsonNode>() : [node];
            foreach (var value in values)
            {
                Collect(catalogue, field.Name, elementType, value, keys);
            }
        }
    }

    private static void Collect(AriEventCatalogue catalogue, string fieldName, string type, JsonNode value, List<AriResourceKey> keys)
    {
        switch (type)
        {
            case "Channel":
                keys.Add(AriResourceKey.Channel(Text(value, "id")));
                break;
            case "Bridge":
                keys.Add(AriResourceKey.Bridge(Text(value, "id")));
                break;
            case "Playback":
                keys.Add(AriResourceKey.Playback(Text(value, "id")));
                keys.Add(Target(value));
                break;
            case "LiveRecording":
                keys.Add(AriResourceKey.Recording(Text(value, "name")));
                keys.Add(Target(value));
                break;
            case "Endpoint":
                keys.Add(AriResourceKey.Endpoint(Text(value, "technology"), Text(value, "resource")));
                break;
            case "DeviceState":
                keys.Add(AriResourceKey.DeviceState(Text(value, "name")));
                break;
            // The one bridge the swagger gives as a bare id rather than a Bridge.
            case "string" when fieldName == "destination_bridge":
                keys.Add(AriResourceKey.Bridge(value.GetValue<string>()));
                break;
            default:
                if (catalogue.Model(type) is { } model)
                {
                    Collect(catalogue, model, value.AsObject(), keys);
                }
                break;
        }
    }

    /// <summary>Samples aim every target at a channel (see <see cref="CatalogueSample"/>).</summary>
    private static AriResourceKey Target(JsonNode resource)
    {
        var target = Text(resource, "target_uri");
        return target.StartsWith(ChannelTarget, StringComparison.Ordinal)
            ? AriResourceKey.Channel(target[ChannelTarget.Length..])
            : throw new InvalidDataException($"Sample target {target} is not a channel.");
    }

    private static string Text(JsonNode resource, string field) => resource[field]!.GetValue<string>();
}
