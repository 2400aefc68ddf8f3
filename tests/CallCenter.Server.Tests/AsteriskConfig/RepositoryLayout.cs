namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>Finds files of this repository from a test binary, wherever the build put it.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string PathOf(params string[] relativeParts) =>
        Path.Combine([Root, .. relativeParts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CallCenter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No CallCenter.sln in {AppContext.BaseDirectory} or any folder above it: the tests must run inside the repository.");
    }
}
