namespace CallCenter.Audio.Prompts.Building;

/// <summary>
/// Makes the WAVs of a prompts folder from its manifests: every language, or only some prompt names; a prompt whose
/// fingerprint (<see cref="PromptRenderer.Fingerprint"/>) matches its build stamp and whose WAV exists is left alone.
/// </summary>
public sealed class PromptBuilder(ISpeechSynthesizer synthesizer, PromptRecipe? recipe = null)
{
    private readonly PromptRenderer renderer = new(synthesizer, recipe);

    /// <param name="progress">Told of each prompt as it is done, for printing.</param>
    /// <exception cref="SynthesizerUnavailableException">
    /// The synthesizer cannot run; what was built before it was needed is kept and stamped.
    /// </exception>
    public async Task<PromptBuildReport> BuildAsync(
        PromptDirectory prompts,
        PromptBuildOptions options,
        IProgress<PromptBuildStep>? progress,
        CancellationToken cancellationToken)
    {
        var steps = new List<PromptBuildStep>();
        var problems = new List<string>();
        var notes = new List<string>();
        var manifests = LoadManifests(prompts, problems);
        if (problems.Count == 0 && manifests.Count == 0)
        {
            problems.Add($"{prompts.Root} has no language folder with a {PromptManifest.FileName}.");
        }
        if (options.Only is { } only)
        {
            var declared = manifests.Values.SelectMany(m => m.Entries).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(only.Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal).Select(n => $"No manifest declares '{n}'."));
        }
        if (problems.Count > 0 && options.Only is not null)
        {
            // A mistyped name builds nothing, rather than half of what was asked.
            return new PromptBuildReport(steps, problems, notes);
        }
        foreach (var (language, manifest) in manifests)
        {
            await BuildLanguageAsync(prompts, language, manifest, options, steps, notes, progress, cancellationToken).ConfigureAwait(false);
        }
        return new PromptBuildReport(steps, problems, notes);
    }

    private async Task BuildLanguageAsync(
        PromptDirectory prompts,
        string language,
        PromptManifest manifest,
        PromptBuildOptions options,
        List<PromptBuildStep> steps,
        List<string> notes,
        IProgress<PromptBuildStep>? progress,
        CancellationToken cancellationToken)
    {
        var directory = prompts.LanguageDirectory(language);
        var stamp = PromptBuildStamp.Load(directory, out var stampProblem);
        if (stampProblem is not null)
        {
            notes.Add(stampProblem);
        }
        if (options.Only is null)
        {
            stamp.KeepOnly(manifest.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal));
        }
        try
        {
            foreach (var entry in manifest.Entries.Where(e => options.Only?.Contains(e.Name) ?? true))
            {
                var step = await BuildOneAsync(prompts, language, entry, stamp, options.Force, cancellationToken).ConfigureAwait(false);
                steps.Add(step);
                progress?.Report(step);
            }
        }
        finally
        {
            if (stamp.IsChanged)
            {
                stamp.Save(directory);
            }
        }
    }

    private async Task<PromptBuildStep> BuildOneAsync(
        PromptDirectory prompts,
        string language,
        PromptEntry entry,
        PromptBuildStamp stamp,
        bool force,
        CancellationToken cancellationToken)
    {
        var path = prompts.WavPath(language, entry.Name);
        try
        {
            var fingerprint = renderer.Fingerprint(entry, language);
            if (!force && File.Exists(path) && stamp.Matches(entry.Name, fingerprint))
            {
                return new PromptBuildStep(language, entry.Name, path, PromptBuildOutcome.Unchanged);
            }
            var audio = await renderer.RenderAsync(entry, language, cancellationToken).ConfigureAwait(false);
            Write(path, audio);
            stamp.Record(entry.Name, fingerprint);
            return new PromptBuildStep(language, entry.Name, path, PromptBuildOutcome.Built);
        }
        catch (Exception e) when (e is SpeechSynthesisException or InvalidWavException)
        {
            return new PromptBuildStep(language, entry.Name, path, PromptBuildOutcome.Failed, e.Message);
        }
    }

    private static SortedDictionary<string, PromptManifest> LoadManifests(PromptDirectory prompts, List<string> problems)
    {
        var manifests = new SortedDictionary<string, PromptManifest>(StringComparer.Ordinal);
        foreach (var language in prompts.Languages())
        {
            try
            {
                manifests[language] = prompts.LoadManifest(language);
            }
            catch (InvalidPromptManifestException e)
            {
                problems.Add(e.Message);
            }
        }
        return manifests;
    }

    // A build stopped half-way leaves the previous WAV, never half a new one.
    private static void Write(string path, WavAudio audio)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        WavWriter.Write(temporary, audio);
        File.Move(temporary, path, overwrite: true);
    }
}
