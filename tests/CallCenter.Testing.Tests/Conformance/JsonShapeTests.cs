using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Conformance;

public sealed class JsonShapeTests
{
    [Test]
    public void Differences_SameFieldsOtherValues_FindsNone()
    {
        var expected = JsonNode.Parse("""{"id":"1795357895.0","cause":16,"soft":true,"args":["vip"]}""");
        var actual = JsonNode.Parse("""{"id":"1795357904.3","cause":32,"soft":false,"args":[]}""");

        Assert.That(JsonShape.Differences(expected, actual), Is.Empty);
    }

    [Test]
    public void Differences_MissingField_NamesIt()
    {
        var expected = JsonNode.Parse("""{"type":"ChannelDestroyed","cause":17,"tech_cause":486}""");
        var actual = JsonNode.Parse("""{"type":"ChannelDestroyed","cause":17}""");

        Assert.That(JsonShape.Differences(expected, actual), Is.EqualTo(new[] { "$.tech_cause: missing" }));
    }

    [Test]
    public void Differences_ExtraField_NamesIt()
    {
        var expected = JsonNode.Parse("""{"dialstatus":"BUSY"}""");
        var actual = JsonNode.Parse("""{"dialstatus":"BUSY","caller":{}}""");

        Assert.That(JsonShape.Differences(expected, actual), Is.EqualTo(new[] { "$.caller: not in the trace" }));
    }

    [Test]
    public void Differences_OtherValueKindDeepInside_NamesThePath()
    {
        var expected = JsonNode.Parse("""{"channel":{"dialplan":{"priority":2}}}""");
        var actual = JsonNode.Parse("""{"channel":{"dialplan":{"priority":"2"}}}""");

        Assert.That(JsonShape.Differences(expected, actual), Is.EqualTo(new[] { "$.channel.dialplan.priority: expected number, got string" }));
    }

    [Test]
    public void Differences_FieldsInAnotherOrder_ReportsTheOrder()
    {
        var expected = JsonNode.Parse("""{"variable":"X","value":"1","type":"ChannelVarset"}""");
        var actual = JsonNode.Parse("""{"type":"ChannelVarset","variable":"X","value":"1"}""");

        Assert.That(JsonShape.Differences(expected, actual), Has.Count.EqualTo(1).And.Some.Contains("fields in order"));
    }

    [Test]
    public void Differences_ArrayItemsOfAnotherShape_ComparesEachItemWithTheTracesFirst()
    {
        var expected = JsonNode.Parse("""[{"technology":"PJSIP","state":"online"}]""");
        var actual = JsonNode.Parse("""[{"technology":"PJSIP","state":"online"},{"technology":"PJSIP"}]""");

        Assert.That(JsonShape.Differences(expected, actual), Is.EqualTo(new[] { "$[1].state: missing" }));
    }
}
