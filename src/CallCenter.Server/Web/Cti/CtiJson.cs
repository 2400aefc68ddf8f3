using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCenter.Server.Web.Cti;

/// <summary>How the API writes JSON: camelCase names, enums by name, ISO-8601 times, nulls left out.</summary>
internal static class CtiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
