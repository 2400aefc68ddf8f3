using CallCenter.Testing;
using System.Xml.Linq;

namespace CallCenter.Server.Tests.Architecture;

/// <summary>
/// The dependency direction of ARCHITECTURE.md: Server -> Telephony, Data, Core, Ari, Audio; Telephony -> Core,
/// Ari; Data -> Core; Core, Ari and Audio depend on nothing of ours.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["CallCenter.Ari"] = [],
        ["CallCenter.Audio"] = [],
        ["CallCenter.Core"] = [],
        ["CallCenter.Data"] = ["CallCenter.Core"],
        ["CallCenter.Telephony"] = ["CallCenter.Core", "CallCenter.Ari"],
        ["CallCenter.Server"] = ["CallCenter.Telephony", "CallCenter.Data", "CallCenter.Core", "CallCenter.Ari", "CallCenter.Audio"],
    };

    private static IEnumerable<string> SourceProjects() => Allowed.Keys;

    [TestCaseSource(nameof(SourceProjects))]
    public void ProjectFile_ReferencesOnlyWhatTheDesignAllows(string project)
    {
        var references = ProjectReferencesOf(project);

        Assert.That(references, Is.SubsetOf(Allowed[project]), $"{project} references {string.Join(", ", references)}");
    }

    [TestCase("CallCenter.Core")]
    [TestCase("CallCenter.Ari")]
    public void CompiledAssembly_ReferencesNoOtherProjectOfOurs(string project)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().SingleOrDefault(a => a.GetName().Name == project)
            ?? System.Reflection.Assembly.Load(project);

        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("CallCenter.", StringComparison.Ordinal));

        Assert.That(ours, Is.Empty);
    }

    [Test]
    public void EverySourceProject_IsCoveredByThisTest()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src")).Select(Path.GetFileName);

        Assert.That(projects, Is.EquivalentTo(Allowed.Keys));
    }

    private static string[] ProjectReferencesOf(string project)
    {
        var file = Path.Combine(RepositoryRoot.Path, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();
    }
}
