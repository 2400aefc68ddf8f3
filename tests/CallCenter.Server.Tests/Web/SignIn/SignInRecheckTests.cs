using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;

namespace CallCenter.Server.Tests.Web.SignIn;

/// <summary>A signed-in desktop follows what happens to the agent's account meanwhile.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class SignInRecheckTests
{
    private HotlineRig rig = null!;

    [SetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync(new HotlineRigOptions
    {
        Settings = new Dictionary<string, string?> { ["Web:RecheckInterval"] = "00:00:00" },
    });

    [TearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task AgentDeactivated_WhileSignedIn_IsSignedOutAtTheNextPage()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        var desk = await browser.SignInAsync("1004", DemoAgents.PinFor("1004"));

        await rig.Service<IAgentAccounts>().SetActiveAsync("1004", active: false, CancellationToken.None);
        var page = await browser.GetAsync("/");

        Assert.That(desk.Path, Is.EqualTo("/"));
        Assert.That(page.Path, Does.StartWith("/signin"));
    }

    [Test]
    public async Task AgentMadeSupervisor_WhileSignedIn_OpensTheSupervisorPage()
    {
        using var browser = new DeskHttpClient(rig.Server.Address());
        await browser.SignInAsync("1005", DemoAgents.PinFor("1005"));
        var before = await browser.GetAsync("/supervisor");

        await rig.Service<IAgentAccounts>().SetRoleAsync("1005", AgentRoles.Supervisor, CancellationToken.None);
        var after = await browser.GetAsync("/supervisor");

        Assert.That(before.Path, Does.StartWith("/forbidden"));
        Assert.That(after.Path, Is.EqualTo("/supervisor"));
    }
}
