using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Testing;

namespace CallCenter.Core.Tests.Acd.Configuration;

/// <summary>The shipped flows/queues.yaml (that its agents are the demo database's is checked in the server's tests).</summary>
public sealed class RepositoryQueueFileTests
{
    private static AcdConfiguration Shipped()
    {
        var result = AcdConfigurationCompiler.Compile(File.ReadAllText(RepositoryRoot.PathOf("flows", "queues.yaml")), "flows/queues.yaml");
        Assert.That(result.Errors.Select(e => e.ToString()), Is.Empty);
        return result.Configuration!;
    }

    [Test]
    public void ShippedFile_HasTheHotlinesQueueAndTheOthers()
    {
        Assert.That(Shipped().Queues.Keys, Is.EquivalentTo(new[] { "support", "sales", "complaints", "vip" }));
    }

    [Test]
    public void ShippedFile_HasTheTenDemoAgents()
    {
        Assert.That(Shipped().Agents.Keys, Is.EquivalentTo(Enumerable.Range(1001, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void ShippedSupportQueue_RelaxesItsSkillsOverTheWait()
    {
        var support = Shipped().Queues["support"];

        Assert.That(support.Skills.Select(s => (s.After, s.Requirements.Single().MinLevel)), Is.EqualTo(new[]
        {
            (TimeSpan.Zero, 3), (TimeSpan.FromSeconds(60), 2), (TimeSpan.FromMinutes(2), 1),
        }));
    }

    [Test]
    public void ShippedFile_EveryOverflowEndsAtVoicemailOrCallback()
    {
        var queues = Shipped().Queues;

        foreach (var queue in queues.Values)
        {
            var overflow = queue.Overflow;
            for (var hops = 0; overflow.Action == OverflowAction.Queue && hops < queues.Count; hops++)
            {
                overflow = queues[overflow.Queue!].Overflow;
            }
            Assert.That(overflow.Action, Is.AnyOf(OverflowAction.Voicemail, OverflowAction.Callback), queue.Name);
        }
    }
}
