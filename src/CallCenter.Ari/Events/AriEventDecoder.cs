using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallCenter.Ari.Json;

namespace CallCenter.Ari.Events;

/// <summary>Turns one websocket message into a typed event.</summary>
public static class AriEventDecoder
{
    /// <summary>
    /// AriJson.Options, made strict where a lenient read would hand the router a lie: a null where the record
    /// promises a value would throw later, far from the message, and a repeated "type" could make the record
    /// disagree with its Type.
    /// </summary>
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly FrozenDictionary<string, JsonTypeInfo> RecordsByType = MapRecordsByTypeName();

    /// <summary>The event and message types this decoder turns into their own record.</summary>
    public static IReadOnlyCollection<string> KnownTypes => RecordsByType.Keys;

    /// <summary>
    /// Decodes a message: a typed record for a known type, an <see cref="UnknownAriEvent"/> for a type this
    /// client does not know, or false with a reason for input that is not an ARI message at all.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out AriEvent? ariEvent, [NotNullWhen(false)] out string? error)
    {
        ariEvent = null;
        if (!TryFindType(utf8Json, out var type, out error))
        {
            return false;
        }
        if (!RecordsByType.TryGetValue(type, out var typeInfo))
        {
            return TryKeepUnknown(utf8Json, type, out ariEvent, out error);
        }
        try
        {
            ariEvent = (AriEvent?)JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (Exception exception) when (IsBadInput(exception))
        {
            error = $"A {type} message could not be decoded: {exception.Message}";
            return false;
        }
        if (ariEvent is null)
        {
            error = $"A {type} message decoded to nothing.";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>
    /// Reads top-level properties only until "type", which Asterisk writes first or near it, so a known event
    /// is parsed in full just once, by the serializer.
    /// </summary>
    private static bool TryFindType(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out string? type, [NotNullWhen(false)] out string? error)
    {
        type = null;
        if (utf8Json.IsEmpty)
        {
            error = "The message is empty.";
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                error = $"The message is {Describe(reader.TokenType)}, not a JSON object.";
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (!isType)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.String)
                {
                    error = $"The message's \"type\" is {Describe(reader.TokenType)}, not a string.";
                    return false;
                }
                type = reader.GetString()!;
                error = null;
                return true;
            }
            error = "The message has no \"type\".";
            return false;
        }
        catch (Exception exception) when (IsBadInput(exception))
        {
            error = $"The message is not valid JSON: {exception.Message}";
            return false;
        }
    }

    private static bool TryKeepUnknown(ReadOnlySpan<byte> utf8Json, string type, [NotNullWhen(true)] out AriEvent? ariEvent, [NotNullWhen(false)] out string? error)
    {
        ariEvent = null;
        string? application;
        string? timestamp;
        string? asteriskId;
        try
        {
            // Parsed whole, unlike a known type: an unknown one is kept only if all of it is JSON worth keeping.
            var reader = new Utf8JsonReader(utf8Json);
            using var document = JsonDocument.ParseValue(ref reader);
            // Throws on anything but whitespace after the object.
            reader.Read();
            application = StringProperty(document.RootElement, "application");
            timestamp = StringProperty(document.RootElement, "timestamp");
            asteriskId = StringProperty(document.RootElement, "asterisk_id");
        }
        catch (Exception exception) when (IsBadInput(exception))
        {
            error = $"A {type} message is not valid JSON: {exception.Message}";
            return false;
        }
        ariEvent = new UnknownAriEvent
        {
            Type = type,
            Application = application ?? "",
            Timestamp = timestamp is not null && AriDateTimeConverter.TryParse(timestamp, out var at) ? at : default,
            AsteriskId = asteriskId,
            RawJson = Encoding.UTF8.GetString(utf8Json),
        };
        error = null;
        return true;
    }

    private static string? StringProperty(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>What malformed input makes System.Text.Json throw; anything else is a bug and must surface.</summary>
    private static bool IsBadInput(Exception exception) =>
        exception is JsonException or InvalidOperationException or ArgumentException;

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(AriJson.Options)
        {
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static FrozenDictionary<string, JsonTypeInfo> MapRecordsByTypeName() =>
        typeof(AriEvent).Assembly.GetTypes()
            .Where(type => type.IsSealed && type.IsSubclassOf(typeof(AriEvent)) && type != typeof(UnknownAriEvent))
            .ToFrozenDictionary(type => type.Name, type => Options.GetTypeInfo(type), StringComparer.Ordinal);
}
