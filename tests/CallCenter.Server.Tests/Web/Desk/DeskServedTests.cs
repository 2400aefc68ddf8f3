using System.Net;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>The desk page as the server serves it (first, before the browser connects), on the real services.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class DeskServedTests
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync(new HotlineRigOptions { AgentsLoggedIn = ["1003"] });

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Desk_SignedInAgent_ShowsTheirStateAndTheStateButtons()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.SignInAsync("1003", DemoAgents.PinFor("1003"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text("desk-state"), Is.EqualTo("Available"));
            Assert.That(page.Html, Does.Contain("data-test=\"desk-available\"").And.Contain("data-test=\"desk-pause\"").And.Contain("data-test=\"desk-logout\""));
            Assert.That(page.Html, Does.Contain("data-test=\"todays-calls\""));
        });
    }

    [Test]
    public async Task Desk_AgentNotLoggedIn_ShowsLoggedOut()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.SignInAsync("1004", DemoAgents.PinFor("1004"));

        Assert.That(page.Text("desk-state"), Is.EqualTo("Logged out"));
    }
}
