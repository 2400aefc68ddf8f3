using CallCenter.Core.Acd.Configuration;
using CallCenter.Data.Seeding;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Acd.Configuration;

/// <summary>flows/queues.yaml and the demo database (`db seed --demo`) describe the same agents.</summary>
public sealed class ShippedQueueFileTests
{
    [Test]
    public void ShippedAgents_AreTheDemoAgentsWithTheirNamesAndSkills()
    {
        var configuration = AcdConfigurationCompiler.Compile(File.ReadAllText(RepositoryRoot.PathOf("flows", "queues.yaml")), "flows/queues.yaml").Configuration!;

        var configured = configuration.Agents.Values.Select(a => Describe(a.Extension, a.Name, a.Skills)).Order(StringComparer.Ordinal);
        var seeded = DemoAgents.Generate().Select(a => Describe(a.Extension, a.Name, a.Skills)).Order(StringComparer.Ordinal);

        Assert.That(configured, Is.EqualTo(seeded));
    }

    private static string Describe(string extension, string name, IReadOnlyDictionary<string, int> skills) =>
        $"{extension} {name}: {string.Join(", ", skills.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"))}";
}
