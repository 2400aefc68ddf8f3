using CallCenter.Audio.Prompts;

namespace CallCenter.Audio.Tests.Prompts.Building;

/// <summary>A prompts folder in a temporary directory, deleted on dispose.</summary>
internal sealed class PromptFolder : IDisposable
{
    public PromptFolder(params (string Language, string Manifest)[] languages)
    {
        Root = Directory.CreateTempSubdirectory("callcenter-prompts-").FullName;
        foreach (var (language, manifest) in languages)
        {
            WriteManifest(language, manifest);
        }
        Prompts = new PromptDirectory(Root);
    }

    public string Root { get; }

    public PromptDirectory Prompts { get; }

    public void WriteManifest(string language, string manifest)
    {
        Directory.CreateDirectory(Path.Combine(Root, language));
        File.WriteAllText(Path.Combine(Root, language, PromptManifest.FileName), manifest);
    }

    public string Wav(string language, string name) => Path.Combine(Root, language, name + ".wav");

    public string Stamp(string language) => Path.Combine(Root, language, ".build.json");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
