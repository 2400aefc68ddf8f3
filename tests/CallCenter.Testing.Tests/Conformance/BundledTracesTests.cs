namespace CallCenter.Testing.Tests.Conformance;

public sealed class BundledTracesTests
{
    [Test]
    public void BundledTraces_EqualTheSharedRecordings()
    {
        var shared = SharedTracesDirectory();
        if (shared is null)
        {
            Assert.Ignore("No <repository>/../shared/ari/traces here (a user's clone has none); the bundled copy is used as is.");
        }
        var bundled = Path.Combine(RepositoryRoot()!, "tests", "CallCenter.Testing", "Traces");

        var sharedFiles = Directory.EnumerateFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var bundledFiles = Directory.EnumerateFiles(bundled).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(bundledFiles, Is.EqualTo(sharedFiles));
        var different = sharedFiles
            .Where(f => !File.ReadAllBytes(Path.Combine(shared, f!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(bundled, f!))))
            .ToList();
        Assert.That(different, Is.Empty, "These bundled traces differ from the shared recordings.");
    }

    private static string? SharedTracesDirectory()
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return null;
        }
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "ari", "traces"));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>The directory holding CallCenter.sln, found by walking up from the test binaries.</summary>
    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CallCenter.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
