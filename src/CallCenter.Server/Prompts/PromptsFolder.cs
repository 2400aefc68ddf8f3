using CallCenter.Audio.Prompts;

namespace CallCenter.Server.Prompts;

/// <summary>Where the prompts are: the setting Prompts:Directory, or the prompts/ found from the working directory up.</summary>
public static class PromptsFolder
{
    public const string Setting = "Prompts:Directory";

    public const string DefaultName = "prompts";

    /// <summary>
    /// The setting when given (relative to the working directory); otherwise the first prompts/ holding a language's
    /// manifest in the working directory or a folder above it — `dotnet run --project src/CallCenter.Server` runs in
    /// the project's folder, and the container in /app beside /app/prompts — else prompts/ in the working directory.
    /// </summary>
    public static PromptDirectory Resolve(IConfiguration configuration, string? workingDirectory = null)
    {
        var setting = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(setting))
        {
            return new PromptDirectory(setting);
        }
        var start = workingDirectory ?? Environment.CurrentDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = new PromptDirectory(Path.Combine(directory.FullName, DefaultName));
            if (candidate.Languages().Count > 0)
            {
                return candidate;
            }
        }
        return new PromptDirectory(Path.Combine(start, DefaultName));
    }
}
