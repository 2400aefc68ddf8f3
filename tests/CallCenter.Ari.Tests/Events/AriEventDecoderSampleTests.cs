using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Ari.Events;
using CallCenter.Ari.Json;

namespace CallCenter.Ari.Tests.Events;

/// <summary>Messages synthesized from the catalogue, so every event type is decoded, not only those a trace happens to hold.</summary>
public class AriEventDecoderSampleTests
{
    private static IEnumerable<string> EventTypes() => AriEventCatalogue.Shipped.Events.Select(type => type.Name);

    [TestCaseSource(nameof(EventTypes))]
    public void Decode_SampleWithEveryField_GivesTheRecordOfItsType(string eventType)
    {
        var message = CatalogueSample.Full(eventType);

        var ariEvent = Decode(message);

        Assert.That(ariEvent.GetType().Name, Is.EqualTo(eventType));
        Assert.That(ariEvent.Type, Is.EqualTo(eventType));
    }

    [TestCaseSource(nameof(EventTypes))]
    public void Decode_SampleWithEveryField_CarriesEveryValueThrough(string eventType)
    {
        var message = Normalized(CatalogueSample.Full(eventType));

        var reserialized = Reserialize(Decode(message), eventType);

        Assert.That(JsonNode.DeepEquals(reserialized, message), Is.True,
            $"sent:  {message.ToJsonString()}\nagain: {reserialized.ToJsonString()}");
    }

    [TestCaseSource(nameof(EventTypes))]
    public void Decode_SampleWithRequiredFieldsOnly_LeavesTheOptionalOnesOut(string eventType)
    {
        var message = Normalized(CatalogueSample.RequiredOnly(eventType));

        var reserialized = Reserialize(Decode(message), eventType);

        Assert.That(JsonNode.DeepEquals(reserialized, message), Is.True,
            $"sent:  {message.ToJsonString()}\nagain: {reserialized.ToJsonString()}");
    }

    [TestCaseSource(nameof(EventTypes))]
    public void ResourceKeys_OfASampleWithEveryField_AreExactlyTheResourcesItNames(string eventType)
    {
        var message = CatalogueSample.Full(eventType);
        var named = CatalogueResources.NamedIn(AriEventCatalogue.Shipped, message, eventType);

        var keys = Decode(message).ResourceKeys.ToList();

        Assert.That(keys, Is.EquivalentTo(named));
    }

    [TestCaseSource(nameof(EventTypes))]
    public void ResourceKeys_OfASampleWithRequiredFieldsOnly_NameOnlyResourcesItCarries(string eventType)
    {
        var message = CatalogueSample.RequiredOnly(eventType);
        var named = CatalogueResources.NamedIn(AriEventCatalogue.Shipped, message, eventType);

        var keys = Decode(message).ResourceKeys.ToList();

        Assert.That(keys, Is.EquivalentTo(named));
    }

    private static AriEvent Decode(JsonObject message)
    {
        var decoded = AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(message.ToJsonString()), out var ariEvent, out var error);
        Assert.That(decoded, Is.True, error);
        return ariEvent!;
    }

    /// <summary>Both sides of a comparison are parsed from text, so numbers compare as JSON, not as the .NET types that wrote them.</summary>
    private static JsonObject Normalized(JsonObject message) => JsonNode.Parse(message.ToJsonString())!.AsObject();

    private static JsonObject Reserialize(AriEvent ariEvent, string eventType)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(ariEvent, ariEvent.GetType(), AriJson.Options))!.AsObject();
        if (AriEventCatalogue.Shipped.Event(eventType).Base != "Event")
        {
            // A Message that is not an Event still has AriEvent's application and timestamp, empty.
            json.Remove("application");
            json.Remove("timestamp");
        }
        return json;
    }
}
