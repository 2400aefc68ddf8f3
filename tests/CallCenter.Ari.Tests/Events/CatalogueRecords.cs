using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallCenter.Ari.Events;
using CallCenter.Ari.Json;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Tests.Events;

/// <summary>How catalogue entries map onto our C# records: events by exact name, models by name ignoring case.</summary>
public static class CatalogueRecords
{
    private static readonly Type[] AriTypes = typeof(AriEvent).Assembly.GetTypes();

    public static Type? EventRecord(string eventType) =>
        AriTypes.SingleOrDefault(type => type.Namespace == typeof(AriEvent).Namespace && type.Name == eventType);

    /// <summary>Asterisk's "CallerID" and "DialplanCEP" are our CallerId and DialplanCep.</summary>
    public static Type? ModelRecord(string modelName) =>
        AriTypes.SingleOrDefault(type => type.Namespace == typeof(Channel).Namespace
            && string.Equals(type.Name, modelName, StringComparison.OrdinalIgnoreCase));

    public static Type? Record(AriEventCatalogue catalogue, CatalogueType type) =>
        catalogue.Events.Contains(type) ? EventRecord(type.Name) : ModelRecord(type.Name);

    /// <summary>
    /// The record's properties by wire name, as AriJson.Options reads and writes them. A [JsonIgnore] property
    /// stays in the contract with neither getter nor setter.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonPropertyInfo> WireProperties(Type record) =>
        AriJson.Options.GetTypeInfo(record).Properties
            .Where(property => property.Get is not null || property.Set is not null)
            .ToDictionary(property => property.Name, StringComparer.Ordinal);

    public static bool Fits(string swaggerType, Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        var element = AriEventCatalogue.ElementType(swaggerType);
        if (element != swaggerType)
        {
            return type.IsGenericType
                && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && Fits(swaggerType[5..^1], type.GetGenericArguments()[0]);
        }
        return swaggerType switch
        {
            "string" => type == typeof(string),
            "int" => type == typeof(int),
            "long" => type == typeof(long),
            "double" => type == typeof(double),
            "boolean" => type == typeof(bool),
            "Date" => type == typeof(DateTimeOffset),
            "object" => type == typeof(JsonElement),
            _ => type == ModelRecord(swaggerType),
        };
    }

    public static bool IsNullable(JsonPropertyInfo property) =>
        property.AttributeProvider is PropertyInfo info
            ? new NullabilityInfoContext().Create(info).ReadState == NullabilityState.Nullable
            : Nullable.GetUnderlyingType(property.PropertyType) is not null;
}
