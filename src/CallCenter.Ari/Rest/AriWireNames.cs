using System.Text.Json;

namespace CallCenter.Ari.Rest;

/// <summary>How our enums are spelled on the wire: snake_case, as the swagger lists them.</summary>
internal static class AriWireNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
