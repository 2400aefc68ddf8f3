using System.Text.Json.Nodes;
using CallCenter.Ari.Json;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// Builds a message for an event type from the catalogue alone: every field gets a typed value that differs from
/// every other, so a value landing in the wrong property or being dropped shows up in a round trip.
/// </summary>
public sealed class CatalogueSample(AriEventCatalogue catalogue, bool withOptionalFields)
{
    private static readonly DateTimeOffset FirstDate = new(2026, 11, 22, 14, 31, 35, 862, TimeSpan.FromHours(1));

    private int _counter;

    public static JsonObject Full(string eventType) => new CatalogueSample(AriEventCatalogue.Shipped, withOptionalFields: true).Message(eventType);

    public static JsonObject RequiredOnly(string eventType) => new CatalogueSample(AriEventCatalogue.Shipped, withOptionalFields: false).Message(eventType);

    public JsonObject Message(string eventType)
    {
        var message = Object(catalogue.Event(eventType));
        message["type"] = eventType;
        return message;
    }

    private JsonObject Object(CatalogueType type)
    {
        var json = new JsonObject();
        foreach (var field in type.Fields.Where(field => field.Required || withOptionalFields))
        {
            json[field.Name] = Value(field.Name, field.Type);
        }
        return json;
    }

    private JsonNode Value(string fieldName, string swaggerType)
    {
        var n = ++_counter;
        if (swaggerType != AriEventCatalogue.ElementType(swaggerType))
        {
            var elementType = swaggerType[5..^1];
            return new JsonArray(Value(fieldName, elementType), Value(fieldName, elementType));
        }
        JsonNode? value = swaggerType switch
        {
            // A target must name a resource, or the event's route to it could not be checked.
            "string" when fieldName == "target_uri" => $"channel:target-{n}",
            "string" => $"{fieldName}-{n}",
            "int" => n,
            // Beyond int, so a long read as int fails.
            "long" => 5_000_000_000L + n,
            "double" => n + 0.25,
            "boolean" => true,
            "Date" => AriDateTimeConverter.Format(FirstDate.AddSeconds(n)),
            "object" => new JsonObject { ["key"] = $"value-{n}" },
            _ => Object(catalogue.Model(swaggerType)
                ?? throw new InvalidDataException($"The catalogue has no model {swaggerType} for field {fieldName}.")),
        };
        return value ?? throw new InvalidDataException($"No sample for {swaggerType}.");
    }
}
