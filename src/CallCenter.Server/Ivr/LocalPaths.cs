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
}
