using System.Net;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>The API while the database does not answer: a 503 problem, never a crash or an empty answer.</summary>
public sealed class CtiDatabaseOutageTests
{
    private HotlineRig rig = null!;
    private CtiClient crm = null!;

    private string AwayFile => rig.DatabaseFile + ".away";

    [SetUp]
    public async Task StartAsync()
    {
        var (key, hash) = ApiKeys.Generate();
        rig = await CtiRig.StartAsync(("crm", hash));
        crm = new CtiClient(rig.Server.Address(), key);
        File.Move(rig.DatabaseFile, AwayFile);
    }

    [TearDown]
    public async Task StopAsync()
    {
        crm.Dispose();
        File.Move(AwayFile, rig.DatabaseFile);
        await rig.DisposeAsync();
    }

    [TestCase("/api/v1/tickets")]
    [TestCase("/api/v1/customers?phone=%2B15551230001")]
    [TestCase("/api/v1/calls/1795385357.0")]
    public async Task DatabaseDown_Is503Problem(string path)
    {
        var response = await crm.GetAsync(path);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), response.Body);
        Assert.That(response.MediaType, Is.EqualTo("application/problem+json"));
    }
}
