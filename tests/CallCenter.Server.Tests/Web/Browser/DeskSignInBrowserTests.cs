using CallCenter.Core.Ports;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CallCenter.Server.Tests.Web.Browser;

/// <summary>Signing in to the desktop in a real browser (the Secure cookie must work on the loopback address), and being signed out.</summary>
[TestFixture]
[NonParallelizable]
public sealed class DeskSignInBrowserTests
{
    [Test]
    public async Task SignIn_InChromium_OpensTheAgentsDesk()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var rig = await HotlineRig.StartAsync();
        var page = await chromium.OpenAsync(rig.Server.Address());

        await page.GotoAsync("/");
        await page.Locator("[data-test=extension]").FillAsync("1002");
        await page.Locator("[data-test=pin]").FillAsync(DemoAgents.PinFor("1002"));
        await page.Locator("[data-test=sign-in]").ClickAsync();

        await Expect(page.Locator("[data-test=signed-in-as]")).ToHaveTextAsync("Li Wei (1002)");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/"));
    }

    [Test]
    public async Task OpenDesk_AgentDeactivated_TheBrowserIsSentToSignIn()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var rig = await HotlineRig.StartAsync(new HotlineRigOptions
        {
            Settings = new Dictionary<string, string?> { ["Web:RecheckInterval"] = "00:00:01" },
        });
        var page = await chromium.OpenAsync(rig.Server.Address());
        await page.GotoAsync("/");
        await page.Locator("[data-test=extension]").FillAsync("1003");
        await page.Locator("[data-test=pin]").FillAsync(DemoAgents.PinFor("1003"));
        await page.Locator("[data-test=sign-in]").ClickAsync();
        await Expect(page.Locator("[data-test=desk]")).ToHaveAttributeAsync("data-ready", "true");

        await rig.Service<IAgentAccounts>().SetActiveAsync("1003", active: false, CancellationToken.None);

        await Expect(page.Locator("[data-test=sign-in]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/signin"));
    }
}
