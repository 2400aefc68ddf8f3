using System.Net;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>A server with no API key configured refuses every API call and says how to make a key.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class CtiWithoutKeysTests
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await CtiRig.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [TestCase("/api/v1/tickets")]
    [TestCase("/api/v1/customers?phone=%2B15551230001")]
    public async Task AnyCall_Is401ProblemSayingHowToMakeAKey(string path)
    {
        using var crm = new CtiClient(rig.Server.Address(), ApiKeys.Generate().Key);

        var response = await crm.GetAsync(path);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Detail, Is.EqualTo(ApiKeyAuthentication.NoKeysConfigured).And.Contain("apikey new"));
    }
}
