using CallCenter.Core.Agents;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    [Test]
    public async Task Accounts_Add_StoresAnActiveAgentWithTheirRolePinAndSkills()
    {
        await Accounts.AddAsync(new NewAgent(" 1011 ", "Nora Quinn", AgentRoles.Supervisor)
        {
            PinHash = AgentPin.Hash("52817"),
            Skills = new Dictionary<string, int> { ["support"] = 3, ["en"] = 5 },
        }, None);

        var agent = await Agents.GetAsync("1011", None);

        Assert.Multiple(() =>
        {
            Assert.That(agent?.Name, Is.EqualTo("Nora Quinn"));
            Assert.That(agent?.Role, Is.EqualTo("supervisor"));
            Assert.That(agent?.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["support"] = 3, ["en"] = 5 }));
            Assert.That(AgentPin.Verify("52817", agent!.PinHash), Is.True);
        });
    }

    [TestCase(true, "already Al's")]
    [TestCase(false, "was Al's, who is deactivated")]
    public async Task Accounts_AddTakenExtension_IsRefusedAndKeepsTheHolder(bool holderActive, string message)
    {
        await Given.AgentAsync("1001", "Al", "1001", active: holderActive);

        var adding = () => Accounts.AddAsync(new NewAgent("1001", "Someone Else"), None);

        Assert.Multiple(async () =>
        {
            Assert.That(adding, Throws.TypeOf<AgentExtensionTakenException>().With.Message.Contains(message));
            var accounts = await Accounts.ListAsync(None);
            Assert.That(accounts.Select(a => a.Name), Is.EqualTo(new[] { "Al" }));
        });
    }

    [TestCase("", "Nora", "agent")]
    [TestCase("10 11", "Nora", "agent")]
    [TestCase("123456789012345678901", "Nora", "agent")]
    [TestCase("1011", "  ", "agent")]
    [TestCase("1011", "Nora", "boss")]
    public async Task Accounts_AddWithBadValues_IsRefusedAndStoresNothing(string extension, string name, string role)
    {
        var adding = () => Accounts.AddAsync(new NewAgent(extension, name, role), None);

        Assert.Multiple(async () =>
        {
            Assert.That(adding, Throws.ArgumentException);
            Assert.That(await Given.CountAsync("agents"), Is.Zero);
        });
    }

    [Test]
    public async Task Accounts_List_GivesEveryAgentWithWhetherTheyHaveAPin()
    {
        await Given.AgentAsync("1002", "Bea", "2001", role: "admin");
        await Given.AgentAsync("1003", "Left Last Year", "3001", active: false);
        await Accounts.AddAsync(new NewAgent("1001", "New Al"), None);

        var accounts = await Accounts.ListAsync(None);

        Assert.That(accounts, Is.EqualTo(new[]
        {
            new AgentAccount("1001", "New Al", "agent", HasPin: false, Active: true),
            new AgentAccount("1002", "Bea", "admin", HasPin: true, Active: true),
            new AgentAccount("1003", "Left Last Year", "agent", HasPin: true, Active: false),
        }));
    }

    [Test]
    public async Task Accounts_SetPinHash_TheNewPinMatchesAndTheOldOneNoLonger()
    {
        await Given.AgentAsync("1001", "Al", "1001");

        await Accounts.SetPinHashAsync("1001", AgentPin.Hash("73914"), None);

        var agent = await Agents.GetAsync("1001", None);
        Assert.Multiple(() =>
        {
            Assert.That(AgentPin.Verify("73914", agent!.PinHash), Is.True);
            Assert.That(AgentPin.Verify("1001", agent.PinHash), Is.False);
        });
    }

    [Test]
    public async Task Accounts_SetRole_ChangesTheRoleOnly()
    {
        await Given.AgentAsync("1001", "Al", "1001", skills: [("sales", 4)]);

        await Accounts.SetRoleAsync("1001", AgentRoles.Admin, None);

        var agent = await Agents.GetAsync("1001", None);
        Assert.Multiple(() =>
        {
            Assert.That(agent?.Role, Is.EqualTo("admin"));
            Assert.That(agent?.Skills["sales"], Is.EqualTo(4));
            Assert.That(AgentPin.Verify("1001", agent!.PinHash), Is.True);
        });
    }

    [Test]
    public async Task Accounts_SetUnknownRole_IsRefusedAndKeepsTheRole()
    {
        await Given.AgentAsync("1001", "Al", "1001", role: "supervisor");

        var setting = () => Accounts.SetRoleAsync("1001", "owner", None);

        Assert.Multiple(async () =>
        {
            Assert.That(setting, Throws.ArgumentException.With.Message.Contains("agent, supervisor, admin"));
            Assert.That((await Agents.GetAsync("1001", None))?.Role, Is.EqualTo("supervisor"));
        });
    }

    [TestCase("pin")]
    [TestCase("role")]
    [TestCase("deactivate")]
    public async Task Accounts_ChangeToAnUnknownExtension_SaysNoAgentHasIt(string change)
    {
        await Given.AgentAsync("1001", "Al", "1001");

        Func<Task> changing = change switch
        {
            "pin" => () => Accounts.SetPinHashAsync("1999", AgentPin.Hash("1234"), None),
            "role" => () => Accounts.SetRoleAsync("1999", AgentRoles.Admin, None),
            _ => () => Accounts.SetActiveAsync("1999", false, None),
        };

        Assert.That(changing, Throws.TypeOf<UnknownAgentException>().With.Property(nameof(UnknownAgentException.Extension)).EqualTo("1999"));
    }

    [Test]
    public async Task Accounts_Deactivate_TakesTheAgentOutOfTheDirectory()
    {
        await Given.AgentAsync("1001", "Al", "1001");

        await Accounts.SetActiveAsync("1001", false, None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Agents.GetAsync("1001", None), Is.Null);
            Assert.That((await Accounts.ListAsync(None)).Single().Active, Is.False);
        });
    }

    [Test]
    public async Task Accounts_Reactivate_BringsTheAgentBackWithTheirPin()
    {
        await Given.AgentAsync("1003", "Left Last Year", "3001", active: false);

        await Accounts.SetActiveAsync("1003", true, None);

        var agent = await Agents.GetAsync("1003", None);
        Assert.That(AgentPin.Verify("3001", agent!.PinHash), Is.True);
    }
}
