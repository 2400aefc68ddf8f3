namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// Where Asterisk's own swagger lives on a machine that has it: ../shared/ari/api-docs next to the repository.
/// A clone on its own has no such folder; tests that compare against it say so and are skipped.
/// </summary>
public static class AsteriskApiDocs
{
    public const string SolutionFile = "CallCenter.sln";

    public static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }
        return null;
    }

    /// <summary>The api-docs folder, or null with the reason it is not there.</summary>
    public static string? Find(out string reason)
    {
        var root = FindRepositoryRoot();
        if (root is null)
        {
            reason = $"No {SolutionFile} above {AppContext.BaseDirectory}, so no ../shared to look in.";
            return null;
        }
        var apiDocs = Path.GetFullPath(Path.Combine(root, "..", "shared", "ari", "api-docs"));
        if (!File.Exists(Path.Combine(apiDocs, "events.json")))
        {
            reason = $"{apiDocs}/events.json does not exist on this machine (a clone on its own has no ../shared).";
            return null;
        }
        reason = "";
        return apiDocs;
    }
}
