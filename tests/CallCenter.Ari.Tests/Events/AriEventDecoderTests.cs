using System.Text;
using CallCenter.Ari.Events;

namespace CallCenter.Ari.Tests.Events;

public class AriEventDecoderTests
{
    private const string Channel =
        """{"id":"1795357895.0","name":"PJSIP/caller-00000000","state":"Up","protocol_id":"","caller":{"name":"","number":"caller"},"connected":{"name":"","number":""},"accountcode":"","dialplan":{"context":"callcenter-in","exten":"100","priority":2,"app_name":"Stasis","app_data":"callcenter"},"creationtime":"2026-11-22T14:31:35.861+0000","language":"en"}""";

    private const string Envelope = """ "application":"callcenter","timestamp":"2026-11-22T14:31:35.862+0000" """;

    [Test]
    public void Decode_UnknownType_KeepsTheWholeMessageRaw()
    {
        var json = $$$"""{"type":"ChannelTeleported",{{{Envelope}}},"asterisk_id":"02:fc:00:00:00:01","destination":{"planet":"Mars"}}""";

        var ariEvent = Decoded(json);

        Assert.That(ariEvent, Is.InstanceOf<UnknownAriEvent>());
        var unknown = (UnknownAriEvent)ariEvent;
        Assert.That(unknown.RawJson, Is.EqualTo(json));
        Assert.That(unknown.Type, Is.EqualTo("ChannelTeleported"));
        Assert.That(unknown.Application, Is.EqualTo("callcenter"));
        Assert.That(unknown.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 14, 31, 35, 862, TimeSpan.Zero)));
        Assert.That(unknown.AsteriskId, Is.EqualTo("02:fc:00:00:00:01"));
    }

    [Test]
    public void Decode_UnknownTypeWithAnUnreadableTimestamp_IsStillKept()
    {
        var json = """{"type":"ChannelTeleported","application":"callcenter","timestamp":"at teatime"}""";

        var ariEvent = Decoded(json);

        Assert.That(ariEvent, Is.InstanceOf<UnknownAriEvent>());
        Assert.That(ariEvent.Timestamp, Is.EqualTo(default(DateTimeOffset)));
    }

    [Test]
    public void Decode_TheClientsOwnUnknownRecordName_IsAnUnknownType()
    {
        var ariEvent = Decoded("""{"type":"UnknownAriEvent","application":"callcenter"}""");

        Assert.That(ariEvent, Is.InstanceOf<UnknownAriEvent>());
        Assert.That(((UnknownAriEvent)ariEvent).RawJson, Does.Contain("UnknownAriEvent"));
    }

    [Test]
    public void Decode_TypeAfterOtherFields_IsFound()
    {
        var json = $$"""{"cause":32,"soft":true,"channel":{{Channel}},{{Envelope}},"type":"ChannelHangupRequest"}""";

        var ariEvent = Decoded(json);

        Assert.That(ariEvent, Is.InstanceOf<ChannelHangupRequest>());
        Assert.That(((ChannelHangupRequest)ariEvent).Cause, Is.EqualTo(32));
    }

    [Test]
    public void Decode_NullForAnOptionalField_LeavesItNull()
    {
        var json = $$"""{"type":"StasisStart",{{Envelope}},"args":["vip"],"channel":{{Channel}},"replace_channel":null}""";

        var ariEvent = Decoded(json);

        Assert.That(((StasisStart)ariEvent).ReplaceChannel, Is.Null);
    }

    /// <summary>An older or newer Asterisk may leave a field out; the event is worth more than the field.</summary>
    [Test]
    public void Decode_EventWithoutARequiredField_StillDecodes()
    {
        var json = $$"""{"type":"ChannelDestroyed",{{Envelope}},"cause":16,"channel":{{Channel}}}""";

        var ariEvent = Decoded(json);

        Assert.That(((ChannelDestroyed)ariEvent).CauseTxt, Is.Empty);
    }

    [Test]
    public void Decode_FieldAsterisksMayAdd_IsIgnored()
    {
        var json = $$$"""{"type":"StasisEnd",{{{Envelope}}},"channel":{{{Channel}}},"since_asterisk_42":{"x":[1,2]}}""";

        var ariEvent = Decoded(json);

        Assert.That(((StasisEnd)ariEvent).Channel.Id, Is.EqualTo("1795357895.0"));
    }

    [TestCase("", "empty")]
    [TestCase("   ", "not valid JSON")]
    [TestCase("hello", "not valid JSON")]
    [TestCase("""{"type":"StasisEnd","channel":{"id":"1""", "StasisEnd message could not be decoded")]
    [TestCase("""{"type":"StasisEnd""", "not valid JSON")]
    [TestCase("""{"type":"StasisEnd"} trailing""", "StasisEnd message could not be decoded")]
    [TestCase("""{"type":"ChannelTeleported"} trailing""", "not valid JSON")]
    [TestCase("""{"type":"ChannelTeleported","x":}""", "not valid JSON")]
    [TestCase("[]", "an array, not a JSON object")]
    [TestCase("\"StasisStart\"", "a string, not a JSON object")]
    [TestCase("null", "null, not a JSON object")]
    [TestCase("42", "a number, not a JSON object")]
    [TestCase("{}", "no \"type\"")]
    [TestCase("""{"application":"callcenter","channel":{"type":"StasisStart"}}""", "no \"type\"")]
    [TestCase("""{"type":42}""", "\"type\" is a number, not a string")]
    [TestCase("""{"type":null}""", "\"type\" is null, not a string")]
    [TestCase("""{"type":["StasisStart"]}""", "\"type\" is an array, not a string")]
    public void Decode_NotAnAriMessage_IsRejectedWithTheReason(string json, string reason)
    {
        var decoded = AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(json), out var ariEvent, out var error);

        Assert.That(decoded, Is.False);
        Assert.That(ariEvent, Is.Null);
        Assert.That(error, Does.Contain(reason));
    }

    [TestCase("""{"type":"ChannelDestroyed","cause":true,"cause_txt":"","channel":CHANNEL}""", "$.cause")]
    [TestCase("""{"type":"ChannelDestroyed","cause":"seventeen","cause_txt":"","channel":CHANNEL}""", "$.cause")]
    [TestCase("""{"type":"ChannelDestroyed","cause":17.5,"cause_txt":"","channel":CHANNEL}""", "$.cause")]
    [TestCase("""{"type":"ChannelDestroyed","cause":17,"cause_txt":"","channel":"1795357895.0"}""", "$.channel")]
    [TestCase("""{"type":"ChannelDestroyed","cause":17,"cause_txt":"","channel":null}""", "channel")]
    [TestCase("""{"type":"ChannelHangupRequest","soft":"yes","channel":CHANNEL}""", "$.soft")]
    [TestCase("""{"type":"StasisStart","args":{},"channel":CHANNEL}""", "$.args")]
    [TestCase("""{"type":"StasisStart","args":[1],"channel":CHANNEL}""", "$.args")]
    [TestCase("""{"type":"StasisEnd","timestamp":"yesterday","channel":CHANNEL}""", "yesterday")]
    [TestCase("""{"type":"StasisEnd","timestamp":1795357895,"channel":CHANNEL}""", "$.timestamp")]
    [TestCase("""{"type":"StasisEnd","channel":{"id":7}}""", "$.channel.id")]
    [TestCase("""{"type":"Dial","dialstatus":"BUSY","peer":CHANNEL,"type":"ChannelDestroyed"}""", "type")]
    public void Decode_KnownTypeWithAFieldOfTheWrongJsonType_IsRejectedNamingTheField(string template, string field)
    {
        var json = template.Replace("CHANNEL", Channel, StringComparison.Ordinal);

        var decoded = AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(json), out var ariEvent, out var error);

        Assert.That(decoded, Is.False);
        Assert.That(ariEvent, Is.Null);
        Assert.That(error, Does.StartWith("A ").And.Contain(" message could not be decoded").And.Contain(field));
    }

    [Test]
    public void Decode_InvalidUtf8InsideAString_IsRejectedWithoutThrowing()
    {
        var json = Encoding.UTF8.GetBytes($$"""{"type":"StasisEnd",{{Envelope}},"channel":{{Channel}}}""");
        var at = Array.IndexOf(json, (byte)'P');
        json[at] = 0xFF;
        json[at + 1] = 0xFE;

        var decoded = AriEventDecoder.TryDecode(json, out _, out var error);

        Assert.That(decoded, Is.False);
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void Decode_InvalidUtf8InsideTheType_IsRejectedWithoutThrowing()
    {
        var json = Encoding.UTF8.GetBytes("""{"type":"Stasis_End"}""");
        json[Array.IndexOf(json, (byte)'_')] = 0xC3;

        var decoded = AriEventDecoder.TryDecode(json, out _, out var error);

        Assert.That(decoded, Is.False);
        Assert.That(error, Does.Contain("not valid JSON"));
    }

    private static AriEvent Decoded(string json)
    {
        var decoded = AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(json), out var ariEvent, out var error);
        Assert.That(decoded, Is.True, error);
        return ariEvent!;
    }
}
