using CallCenter.Audio.Prompts;
using CallCenter.Server.Ivr;

namespace CallCenter.Server.Prompts;

/// <summary>Where the prompts are: the setting Ivr:PromptsDirectory, by default "prompts".</summary>
public static class PromptsFolder
{
    public const string Setting = "Ivr:PromptsDirectory";

    public const string Default = "prompts";

    /// <summary>
    /// An absolute setting as it is; a relative one is looked for in the working directory and each folder above it,
    /// then above the binaries — `dotnet run --project src/CallCenter.Server` runs in the project's folder, the
    /// container in /app beside /app/prompts — and is the working directory's when found nowhere.
    /// </summary>
    public static PromptDirectory Resolve(IConfiguration configuration, string? workingDirectory = null)
    {
        var setting = configuration[Setting];
        return new PromptDirectory(LocalPaths.Resolve(string.IsNullOrWhiteSpace(setting) ? Default : setting, workingDirectory));
    }
}
