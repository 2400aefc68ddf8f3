using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Media;

namespace CallCenter.Testing.Stasis;

/// <summary>Writes ARI models with Asterisk's field names, in Asterisk's field order.</summary>
internal static class AriJson
{
    // Asterisk (jansson) escapes only what JSON requires; "<" and "+" stay as they are.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>"2026-11-22T14:31:35.862+0000": milliseconds, an offset without a colon.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteChannel(Utf8JsonWriter w, PbxChannel c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("state", c.State);
        w.WriteString("protocol_id", c.ProtocolId);
        w.WriteStartObject("caller");
        w.WriteString("name", c.CallerName);
        w.WriteString("number", c.CallerNumber);
        w.WriteEndObject();
        w.WriteStartObject("connected");
        w.WriteString("name", c.ConnectedName);
        w.WriteString("number", c.ConnectedNumber);
        w.WriteEndObject();
        w.WriteString("accountcode", c.AccountCode);
        w.WriteStartObject("dialplan");
        w.WriteString("context", c.Context);
        w.WriteString("exten", c.Exten);
        w.WriteNumber("priority", c.Priority);
        w.WriteString("app_name", c.AppName);
        w.WriteString("app_data", c.AppData);
        w.WriteEndObject();
        w.WriteString("creationtime", Timestamp(c.CreationTime));
        w.WriteString("language", c.Language);
        w.WriteEndObject();
    }

    public static void WriteBridge(Utf8JsonWriter w, PbxBridge b)
    {
        w.WriteStartObject();
        w.WriteString("id", b.Id);
        w.WriteString("technology", b.Technology);
        w.WriteString("bridge_type", b.BridgeType);
        w.WriteString("bridge_class", "stasis");
        w.WriteString("creator", "Stasis");
        w.WriteString("name", b.Name);
        w.WriteStartArray("channels");
        foreach (var channel in b.Channels)
        {
            w.WriteStringValue(channel.Id);
        }
        w.WriteEndArray();
        w.WriteString("creationtime", Timestamp(b.CreationTime));
        w.WriteString("video_mode", "talker");
        w.WriteEndObject();
    }

    public static void WritePlayback(Utf8JsonWriter w, PbxPlayback p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("media_uri", p.CurrentMedia);
        if (p.Index < p.Media.Count - 1)
        {
            w.WriteString("next_media_uri", p.Media[p.Index + 1]);
        }
        w.WriteString("target_uri", p.TargetUri);
        w.WriteString("language", p.Language);
        w.WriteString("state", p.StateName);
        w.WriteEndObject();
    }

    public static void WriteLiveRecording(Utf8JsonWriter w, PbxRecording r)
    {
        w.WriteStartObject();
        w.WriteString("name", r.Name);
        w.WriteString("format", r.Format);
        w.WriteString("state", r.StateName);
        w.WriteString("target_uri", r.TargetUri);
        if (r.Duration > -1)
        {
            w.WriteNumber("duration", r.Duration);
        }
        if (r.EnergyOnly > -1)
        {
            w.WriteNumber("talking_duration", r.EnergyOnly);
            w.WriteNumber("silence_duration", r.Duration - r.EnergyOnly);
        }
        if (r.FailureCause is not null)
        {
            w.WriteString("cause", r.FailureCause);
        }
        w.WriteEndObject();
    }

    public static void WriteStoredRecording(Utf8JsonWriter w, StoredRecording r)
    {
        w.WriteStartObject();
        w.WriteString("name", r.Name);
        w.WriteString("format", r.Format);
        w.WriteEndObject();
    }

    public static void WriteEndpoint(Utf8JsonWriter w, PbxEndpoint e)
    {
        w.WriteStartObject();
        w.WriteString("technology", e.Technology);
        w.WriteString("resource", e.Resource);
        w.WriteString("state", e.State);
        w.WriteStartArray("channel_ids");
        foreach (var channel in e.Channels)
        {
            w.WriteStringValue(channel.Id);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteDeviceState(Utf8JsonWriter w, string name, string state)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("state", state);
        w.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartArray(property);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }
}
