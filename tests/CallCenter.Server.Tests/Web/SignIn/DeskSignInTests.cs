using System.Net;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.SignIn;

namespace CallCenter.Server.Tests.Web.SignIn;

/// <summary>Signing in to the desktop with an extension and PIN, through the server as agents reach it.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class DeskSignInTests
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Desk_NotSignedIn_GoesToSignInAndBack()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.GetAsync("/");

        Assert.That(page.Path, Is.EqualTo("/signin?ReturnUrl=%2F"));
        Assert.That(page.Html, Does.Contain("data-test=\"pin\""));
    }

    [Test]
    public async Task SignIn_RightPin_ShowsTheDeskAsThatAgent()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.SignInAsync("1002", DemoAgents.PinFor("1002"));

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Path, Is.EqualTo("/"));
        Assert.That(page.Text("signed-in-as"), Is.EqualTo("Li Wei (1002)"));
    }

    [Test]
    public async Task SignIn_RightPin_CookieIsHttpOnlySecureAndSameSiteStrict()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        await browser.SignInAsync("1003", DemoAgents.PinFor("1003"));

        var cookie = browser.SetCookieHeaders.Single(h => h.StartsWith("callcenter.desk=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.That(cookie, Does.Contain("httponly").And.Contain("secure").And.Contain("samesite=strict"));
    }

    [Test]
    public async Task SignIn_WrongPin_SaysSoAndSignsNobodyIn()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.SignInAsync("1004", "0000");

        Assert.That(page.Text("problem"), Is.EqualTo(DeskSignIn.WrongExtensionOrPin));
        Assert.That(browser.HasCookie("callcenter.desk"), Is.False);
    }

    [Test]
    public async Task SignIn_UnknownExtension_SaysTheSameAsAWrongPin()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        var page = await browser.SignInAsync("4999", "9994");

        Assert.That(page.Text("problem"), Is.EqualTo(DeskSignIn.WrongExtensionOrPin));
    }

    [Test]
    public async Task SignIn_AfterFiveWrongPins_RefusesEvenTheRightOne()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SignInAsync("1005", "1111");
        }

        var page = await browser.SignInAsync("1005", DemoAgents.PinFor("1005"));

        Assert.That(page.Text("problem"), Does.StartWith("Too many wrong PINs"));
        Assert.That(browser.HasCookie("callcenter.desk"), Is.False);
    }

    [Test]
    public async Task SupervisorPage_Agent_IsTurnedAway()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        await browser.SignInAsync("1006", DemoAgents.PinFor("1006"));

        var page = await browser.GetAsync("/supervisor");

        Assert.That(page.Path, Does.StartWith("/forbidden"));
        Assert.That(page.Html, Does.Not.Contain("data-test=\"supervisor\""));
    }

    [TestCase(DemoAgents.Supervisor)]
    [TestCase(DemoAgents.Admin)]
    public async Task SupervisorPage_SupervisorOrAdmin_Opens(string extension)
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        await browser.SignInAsync(extension, DemoAgents.PinFor(extension));

        var page = await browser.GetAsync("/supervisor");

        Assert.That(page.Path, Is.EqualTo("/supervisor"));
        Assert.That(page.Html, Does.Contain("data-test=\"supervisor\""));
    }

    [Test]
    public async Task SignOut_ThenDesk_AsksToSignInAgain()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        var desk = await browser.SignInAsync("1007", DemoAgents.PinFor("1007"));

        await browser.SignOutAsync();
        var page = await browser.GetAsync("/");

        Assert.That(desk.Path, Is.EqualTo("/"));
        Assert.That(page.Path, Does.StartWith("/signin"));
    }

    [TestCase("/_blazor/negotiate?negotiateVersion=1", "POST")]
    [TestCase("/signout", "POST")]
    [TestCase("/supervisor", "GET")]
    public async Task Endpoint_NotSignedIn_IsRefused(string path, string method)
    {
        using var browser = new DeskHttpClient(rig.Server.Address());

        using var response = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Unauthorized, HttpStatusCode.Found));
        if (response.StatusCode == HttpStatusCode.Found)
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/signin"));
        }
    }
}
