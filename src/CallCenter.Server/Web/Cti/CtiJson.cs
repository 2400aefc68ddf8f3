using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCenter.Server.Web.Cti;

/// <summary>How the API writes JSON: camelCase names, enums by name, ISO-8601 times, nulls left out.</summary>
internal static class CtiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Read by programs, never put into a page as it is: '+' and apostrophes stay readable ("+15551230001").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
