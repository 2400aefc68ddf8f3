using CallCenter.Core.Agents;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    [Test]
    public async Task Agents_List_GivesActiveAgentsWithTheirSkills()
    {
        await Given.AgentAsync("1002", "Bea", "2001", skills: [("sales", 4), ("zh", 5)]);
        await Given.AgentAsync("1001", "Al", "1001", skills: [("support", 3)]);
        await Given.AgentAsync("1003", "Left Last Year", "3001", active: false);

        var agents = await Agents.ListAsync(None);

        Assert.Multiple(() =>
        {
            Assert.That(agents.Select(a => a.Extension), Is.EqualTo(new[] { "1001", "1002" }));
            Assert.That(agents[1].Skills, Is.EquivalentTo(new Dictionary<string, int> { ["sales"] = 4, ["zh"] = 5 }));
        });
    }

    [Test]
    public async Task Agents_GetByExtension_GivesAPinHashTheirPinMatches()
    {
        await Given.AgentAsync("1010", "Sam", "4321", role: "supervisor", skills: [("complaints", 2)]);

        var agent = await Agents.GetAsync("1010", None);

        Assert.Multiple(() =>
        {
            Assert.That(agent?.Name, Is.EqualTo("Sam"));
            Assert.That(agent?.Role, Is.EqualTo("supervisor"));
            Assert.That(agent?.Skills["complaints"], Is.EqualTo(2));
            Assert.That(AgentPin.Verify("4321", agent!.PinHash), Is.True);
            Assert.That(AgentPin.Verify("1234", agent.PinHash), Is.False);
        });
    }

    [TestCase("1003")]
    [TestCase("9999")]
    public async Task Agents_GetInactiveOrUnknown_FindsNobody(string extension)
    {
        await Given.AgentAsync("1003", "Left Last Year", "3001", active: false);

        var agent = await Agents.GetAsync(extension, None);

        Assert.That(agent, Is.Null);
    }
}
