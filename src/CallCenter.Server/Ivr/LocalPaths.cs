namespace CallCenter.Server.Ivr;

/// <summary>
/// Finds the checkout's folders (flows/, prompts/) from wherever the server runs: `dotnet run` starts it in
/// the project folder, docker in /app, a test in its bin folder. A relative path is tried in the working
/// directory first, then in each folder above it, then above the binaries.
/// </summary>
public static class LocalPaths
{
    public static string Resolve(string path, string? workingDirectory = null)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }
        var working = workingDirectory ?? Directory.GetCurrentDirectory();
        foreach (var start in new[] { working, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, path);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return Path.Combine(working, path);
    }

    /// <summary>
    /// How errors and logs name a file: relative to the working directory when it is inside it (flows/hotline.yaml,
    /// as an editor opens it from there), in full otherwise.
    /// </summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
    }
}
