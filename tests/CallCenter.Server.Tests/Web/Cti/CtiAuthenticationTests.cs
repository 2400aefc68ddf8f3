using System.Net;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>Who gets into the CTI API: API keys only, never the desktop's cookie; and keys get into nothing else.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class CtiAuthenticationTests
{
    private const string TicketsPath = "/api/v1/tickets?limit=1";

    private HotlineRig rig = null!;
    private PrintedKey key = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        key = await ApiKeyCommand.NewAsync("crm");
        rig = await CtiRig.StartAsync(("crm", key.Hash), ("wallboard", ApiKeys.Generate().Hash));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task KeyPrintedByTheCommandLine_OpensTheApi()
    {
        using var crm = new CtiClient(rig.Server.Address(), key.Key);

        var response = await crm.GetAsync(TicketsPath);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
    }

    [Test]
    public async Task KeyInXApiKeyHeader_OpensTheApi()
    {
        using var crm = new CtiClient(rig.Server.Address());

        var response = await crm.GetAsync(TicketsPath, h => h.Add("X-Api-Key", key.Key));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
    }

    [Test]
    public async Task NoKey_Is401ProblemSayingHowToSendOne()
    {
        using var crm = new CtiClient(rig.Server.Address());

        var response = await crm.GetAsync(TicketsPath);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Detail, Is.EqualTo(ApiKeyAuthentication.KeyMissing));
    }

    [Test]
    public async Task WrongKey_Is401Problem()
    {
        using var crm = new CtiClient(rig.Server.Address(), ApiKeys.Generate().Key);

        var response = await crm.GetAsync(TicketsPath);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Detail, Is.EqualTo(ApiKeyAuthentication.KeyNotKnown));
    }

    [Test]
    public async Task TheHashInsteadOfTheKey_Is401()
    {
        using var crm = new CtiClient(rig.Server.Address(), key.Hash);

        var response = await crm.GetAsync(TicketsPath);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task KeyInTheQueryOfAPlainRequest_Is401()
    {
        using var crm = new CtiClient(rig.Server.Address());

        var response = await crm.GetAsync(TicketsPath + "&api_key=" + Uri.EscapeDataString(key.Key));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Unauthorized), "?api_key= is for browser WebSockets only");
    }

    [Test]
    public async Task DesktopCookie_DoesNotOpenTheApi()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        var desk = await browser.SignInAsync(DemoAgents.Supervisor, DemoAgents.PinFor(DemoAgents.Supervisor));

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, TicketsPath));

        Assert.That(desk.Path, Is.EqualTo("/"), "signed in");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Key_DoesNotOpenTheDesktop()
    {
        using var crm = new CtiClient(rig.Server.Address(), key.Key);

        var response = await crm.GetAsync("/supervisor");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Body, Does.Not.Contain("data-test=\"supervisor\""));
    }

    [Test]
    public async Task UnknownApiPath_WithKey_Is404Problem()
    {
        using var crm = new CtiClient(rig.Server.Address(), key.Key);

        var response = await crm.GetAsync("/api/v1/agents");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task KeyUse_IsLoggedByNameNeverByKey()
    {
        using var crm = new CtiClient(rig.Server.Address(), ApiKeys.Generate().Key);
        using var good = new CtiClient(rig.Server.Address(), key.Key);

        await crm.GetAsync(TicketsPath);
        await good.GetAsync(TicketsPath);

        Assert.That(rig.Logs.Events.Select(e => e.RenderMessage()), Has.None.Contains(key.Key).And.None.Contains("cc_"));
    }
}
