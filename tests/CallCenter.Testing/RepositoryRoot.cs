namespace CallCenter.Testing;

/// <summary>Finds the checkout the tests run from, for data that lives in the repository (prompts, configs).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The directory holding CallCenter.sln.</summary>
    public static string Path =>
        Root.Value ?? throw new InvalidOperationException($"No CallCenter.sln in {AppContext.BaseDirectory} or any folder above it: the tests must run inside the repository.");

    /// <summary>prompts/: the sounds directory, one folder per language.</summary>
    public static string Prompts => PathOf("prompts");

    /// <summary>A path inside the repository.</summary>
    public static string PathOf(params string[] relativeParts) => System.IO.Path.Combine([Path, .. relativeParts]);

    /// <summary>
    /// A path inside the team's shared material beside the checkout (../shared), or null where it does not exist
    /// — always so in a user's clone. Tests may compare against it when present and must pass without it.
    /// </summary>
    public static string? SharedPath(params string[] relativeParts)
    {
        if (Root.Value is not { } root)
        {
            return null;
        }
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([root, "..", "shared", .. relativeParts]));
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CallCenter.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
