namespace CallCenter.Testing.Tests.Conformance;

public sealed class BundledTracesTests
{
    [Test]
    public void BundledTraces_EqualTheSharedRecordings()
    {
        var shared = RepositoryRoot.SharedPath("ari", "traces");
        if (shared is null)
        {
            Assert.Ignore("No <repository>/../shared/ari/traces here (a user's clone has none); the bundled copy is used as is.");
        }
        var bundled = RepositoryRoot.PathOf("tests", "CallCenter.Testing", "Traces");

        var sharedFiles = Directory.EnumerateFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var bundledFiles = Directory.EnumerateFiles(bundled).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(bundledFiles, Is.EqualTo(sharedFiles));
        var different = sharedFiles
            .Where(f => !File.ReadAllBytes(Path.Combine(shared, f!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(bundled, f!))))
            .ToList();
        Assert.That(different, Is.Empty, "These bundled traces differ from the shared recordings.");
    }
}
