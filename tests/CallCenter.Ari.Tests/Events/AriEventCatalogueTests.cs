using CallCenter.Ari.Events;

namespace CallCenter.Ari.Tests.Events;

public class AriEventCatalogueTests
{
    /// <summary>Inherited from AriEvent, which a Message that is not an Event (MissingParams) does not carry.</summary>
    private static readonly string[] EventOnlyFields = ["application", "timestamp"];

    private static AriEventCatalogue Catalogue => AriEventCatalogue.Shipped;

    private static IEnumerable<string> EventTypes() => Catalogue.Events.Select(type => type.Name);

    private static IEnumerable<string> EventAndModelNames() => Catalogue.EventsAndModels.Select(type => type.Name);

    [Test]
    public void ShippedCatalogue_HoldsAtLeastTheMessagesOfAsterisk22()
    {
        Assert.That(Catalogue.Events, Has.Count.GreaterThanOrEqualTo(46), "events.json of Asterisk 22 has 45 Event subtypes plus MissingParams");
    }

    [TestCaseSource(nameof(EventTypes))]
    public void EveryCatalogueEvent_HasASealedRecordOfTheSameName(string eventType)
    {
        var record = CatalogueRecords.EventRecord(eventType);

        Assert.That(record, Is.Not.Null, $"No record CallCenter.Ari.Events.{eventType}");
        Assert.That(record!.IsSealed && record.IsSubclassOf(typeof(AriEvent)), Is.True, $"{eventType} must be a sealed AriEvent");
    }

    [TestCaseSource(nameof(EventAndModelNames))]
    public void EveryCatalogueField_HasAPropertyOfACompatibleTypeAndNullability(string name)
    {
        var type = Catalogue.EventsAndModels.Single(entry => entry.Name == name);
        var record = CatalogueRecords.Record(Catalogue, type);
        Assume.That(record, Is.Not.Null, "a missing record is reported by its own test");
        var properties = CatalogueRecords.WireProperties(record!);

        var problems = new List<string>();
        foreach (var field in type.Fields)
        {
            if (!properties.TryGetValue(field.Name, out var property))
            {
                problems.Add($"{field.Name}: no property with that wire name");
                continue;
            }
            if (!CatalogueRecords.Fits(field.Type, property.PropertyType))
            {
                problems.Add($"{field.Name}: {field.Type} does not fit {property.PropertyType.Name}");
            }
            if (CatalogueRecords.IsNullable(property) == field.Required)
            {
                problems.Add($"{field.Name}: {(field.Required ? "required but nullable" : "optional but not nullable")}");
            }
        }

        Assert.That(problems, Is.Empty, $"{record!.FullName} against the {name} of the swagger");
    }

    [TestCaseSource(nameof(EventAndModelNames))]
    public void EveryRecordProperty_IsACatalogueField(string name)
    {
        var type = Catalogue.EventsAndModels.Single(entry => entry.Name == name);
        var record = CatalogueRecords.Record(Catalogue, type);
        Assume.That(record, Is.Not.Null, "a missing record is reported by its own test");
        var allowed = type.Fields.Select(field => field.Name)
            .Concat(type.Base == "Message" ? EventOnlyFields : [])
            .ToHashSet();

        var extra = CatalogueRecords.WireProperties(record!).Keys.Where(property => !allowed.Contains(property));

        Assert.That(extra, Is.Empty, $"{record!.FullName} has properties the swagger does not know");
    }

    [Test]
    public void Decoder_KnowsExactlyTheCatalogueEvents()
    {
        Assert.That(AriEventDecoder.KnownTypes, Is.EquivalentTo(EventTypes()));
    }

    [Test]
    public void Catalogue_IsWhatAsterisksApiDocsGiveNow()
    {
        var apiDocs = AsteriskApiDocs.Find(out var reason);
        if (apiDocs is null)
        {
            Assert.Ignore(reason);
        }

        var derived = AriEventCatalogue.DeriveFrom(apiDocs).ToJson();

        if (derived != Catalogue.ToJson())
        {
            var fresh = Path.Combine(TestContext.CurrentContext.WorkDirectory, AriEventCatalogue.FileName);
            File.WriteAllText(fresh, derived);
            TestContext.AddTestAttachment(fresh);
            Assert.Fail($"The shipped catalogue differs from {apiDocs}. The derived one is at {fresh}: copy it to "
                + $"tests/CallCenter.Ari.Tests/Events/{AriEventCatalogue.FileName} and give every new field a property.");
        }
    }
}
