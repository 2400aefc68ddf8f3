using System.Buffers;
using System.Text.Json;
using CallCenter.Testing.Asterisk;

namespace CallCenter.Testing.Stasis;

/// <summary>Renders events once and queues them on the websockets of the applications that should see them.</summary>
internal sealed class EventBus
{
    private readonly Pbx _pbx;

    public EventBus(Pbx pbx) => _pbx = pbx;

    /// <summary>Publishes an event; call with the PBX lock held so events leave in the order things happened.</summary>
    /// <param name="scope">The topics the event is published on.</param>
    /// <param name="type">The event type.</param>
    /// <param name="body">Writes the fields that follow "timestamp".</param>
    /// <param name="leading">Writes fields Asterisk puts before "type" (ChannelVarset, ChannelHangupRequest).</param>
    public void Emit(EventScope scope, string type, Action<Utf8JsonWriter> body, Action<Utf8JsonWriter>? leading = null)
    {
        byte[]? rendered = null;
        foreach (var app in _pbx.Apps.All)
        {
            if (app.Stream is not { IsOpen: true } stream || !app.Accepts(type))
            {
                continue;
            }
            var copies = StasisApps.Copies(app, scope);
            if (copies == 0)
            {
                continue;
            }
            rendered ??= Render(type, body, leading);
            var frame = WithApplication(rendered, app.Name);
            for (var i = 0; i < copies; i++)
            {
                stream.Enqueue(frame);
            }
        }
    }

    /// <summary>Sends an event to one websocket regardless of subscriptions (ApplicationReplaced).</summary>
    public void SendTo(EventStream stream, string application, string type, Action<Utf8JsonWriter> body) =>
        stream.Enqueue(WithApplication(Render(type, body, null), application));

    private byte[] Render(string type, Action<Utf8JsonWriter> body, Action<Utf8JsonWriter>? leading)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, AriJson.WriterOptions))
        {
            writer.WriteStartObject();
            leading?.Invoke(writer);
            writer.WriteString("type", type);
            writer.WriteString("timestamp", AriJson.Timestamp(_pbx.Clock.Now));
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private byte[] WithApplication(byte[] rendered, string application)
    {
        var suffix = AriJson.Serialize(w =>
        {
            w.WriteStartObject();
            w.WriteString("asterisk_id", _pbx.AsteriskId);
            w.WriteString("application", application);
            w.WriteEndObject();
        });
        // Splice {...,"type":...} and {"asterisk_id":...} into one object: drop the first '}' and the second '{'.
        var frame = new byte[rendered.Length + suffix.Length - 1];
        rendered.AsSpan(0, rendered.Length - 1).CopyTo(frame);
        var at = rendered.Length - 1;
        frame[at++] = (byte)',';
        suffix.AsSpan(1).CopyTo(frame.AsSpan(at));
        return frame;
    }
}
