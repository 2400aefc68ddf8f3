using CallCenter.Audio.Checks;

namespace CallCenter.Audio.Prompts.Checking;

/// <summary>
/// Everything that would make a caller hear nothing or the wrong thing: manifests with mistakes, a prompt one language
/// declares and another does not, declared prompts without a WAV, WAVs Asterisk cannot play as they are
/// (<see cref="WavCheck"/>), and WAVs no manifest declares.
/// </summary>
public static class PromptFilesCheck
{
    /// <returns>Every problem, language by language; empty when the folder is fine.</returns>
    public static IReadOnlyList<PromptFileProblem> Run(PromptDirectory prompts, WavCheckOptions? options = null)
    {
        var problems = new List<PromptFileProblem>();
        if (!Directory.Exists(prompts.Root))
        {
            return [new(prompts.Root, "the prompts folder does not exist.")];
        }
        var languages = prompts.Languages();
        var manifests = new SortedDictionary<string, PromptManifest>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            try
            {
                manifests[language] = prompts.LoadManifest(language);
            }
            catch (InvalidPromptManifestException e)
            {
                problems.AddRange(e.Errors.Select(error => new PromptFileProblem($"{e.ManifestName}:{error.Line}", error.Message)));
            }
        }
        if (manifests.Count == 0 && problems.Count == 0)
        {
            return [new(prompts.Root, $"no language folder holds a {PromptManifest.FileName}.")];
        }
        var declaredByAny = manifests
            .SelectMany(m => m.Value.Entries.Select(e => (Language: m.Key, e.Name)))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Language, StringComparer.Ordinal);
        var declaredWavs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, manifest) in manifests)
        {
            var manifestPath = prompts.ManifestPath(language);
            var names = manifest.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, declarer) in declaredByAny.Where(d => !names.Contains(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                problems.Add(new(manifestPath, $"'{name}' is not declared, but {declarer} declares it: every language needs every prompt."));
            }
            foreach (var entry in manifest.Entries)
            {
                var path = prompts.WavPath(language, entry.Name);
                declaredWavs.Add(Path.GetFullPath(path));
                if (!File.Exists(path))
                {
                    problems.Add(new(path, $"missing: {manifestPath}:{entry.Line} declares '{entry.Name}'."));
                    continue;
                }
                problems.AddRange(WavCheck.Run(path, options).Select(p => new PromptFileProblem(path, p.Message)));
            }
        }
        problems.AddRange(
            Directory.EnumerateFiles(prompts.Root, "*.wav", SearchOption.AllDirectories)
                .Select(Path.GetFullPath)
                .Where(path => !declaredWavs.Contains(path))
                .Select(path => (Path: path, Language: LanguageOf(prompts, languages, path)))
                // A manifest with mistakes is reported already; the WAVs it would declare are not extra.
                .Where(wav => wav.Language is null || manifests.ContainsKey(wav.Language))
                .OrderBy(wav => wav.Path, StringComparer.Ordinal)
                .Select(wav => new PromptFileProblem(
                    wav.Path,
                    wav.Language is null
                        ? "it is in no language folder with a manifest, so no flow can play it."
                        : $"no entry in {prompts.ManifestPath(wav.Language)} declares it.")));
        return problems;
    }

    private static string? LanguageOf(PromptDirectory prompts, IReadOnlyList<string> languages, string path)
    {
        var relative = Path.GetRelativePath(prompts.Root, path);
        var separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator > 0 && languages.Contains(relative[..separator]) ? relative[..separator] : null;
    }
}
