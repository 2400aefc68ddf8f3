using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCenter.Ari.Json;

/// <summary>The one set of serializer options for everything ARI sends and receives.</summary>
public static class AriJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new AriDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
