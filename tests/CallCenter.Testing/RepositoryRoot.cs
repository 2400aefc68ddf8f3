namespace CallCenter.Testing;

/// <summary>Finds the checkout the tests run from, for data that lives in the repository (prompts, configs).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The directory holding CallCenter.sln.</summary>
    public static string Path => Root.Value;

    /// <summary>prompts/: the sounds directory, one folder per language.</summary>
    public static string Prompts => System.IO.Path.Combine(Path, "prompts");

    /// <summary>
    /// The team's shared material beside the checkout (../shared), or null in a user's clone, which has none.
    /// Tests may compare against it when present and must pass without it.
    /// </summary>
    public static string? Shared
    {
        get
        {
            var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CallCenter.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No CallCenter.sln in any directory above {AppContext.BaseDirectory}");
    }
}
