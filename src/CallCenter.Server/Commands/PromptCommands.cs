using CallCenter.Audio.Prompts;
using CallCenter.Audio.Prompts.Building;
using CallCenter.Audio.Prompts.Checking;
using CallCenter.Server.Prompts;

namespace CallCenter.Server.Commands;

/// <summary>
/// `prompts build [--only NAME...] [--force]` makes the WAVs of prompts/ from its manifests with espeak-ng;
/// `prompts check` reports every missing, undeclared or badly formatted prompt file. The folder is
/// <see cref="PromptsFolder.Resolve"/>'s.
/// </summary>
public static class PromptCommands
{
    /// <param name="words">What follows `prompts`.</param>
    /// <param name="configuration">Settings such as --Ivr:PromptsDirectory=/srv/prompts.</param>
    /// <param name="synthesizer">What speaks the prompts; espeak-ng when null.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> words,
        string[] configuration,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken,
        ISpeechSynthesizer? synthesizer = null)
    {
        switch (words.ToArray())
        {
            case ["check"]:
                return await CheckAsync(Folder(configuration), output, error).ConfigureAwait(false);
            case ["build", .. var flags] when ParseBuild(flags) is { } options:
                return await BuildAsync(Folder(configuration), options, synthesizer ?? new EspeakSynthesizer(), output, error, cancellationToken).ConfigureAwait(false);
            default:
                await error.WriteLineAsync($"Unknown command: prompts {string.Join(' ', words)}").ConfigureAwait(false);
                await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
                return ServerCommandLine.Usage;
        }
    }

    public static async Task<int> CheckAsync(PromptDirectory prompts, TextWriter output, TextWriter error)
    {
        await output.WriteLineAsync($"Prompts: {prompts.Root}").ConfigureAwait(false);
        var problems = PromptFilesCheck.Run(prompts);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }
        if (problems.Count > 0)
        {
            await error.WriteLineAsync($"{problems.Count} {(problems.Count == 1 ? "problem" : "problems")}.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        var languages = prompts.Languages();
        var count = languages.Sum(l => prompts.LoadManifest(l).Entries.Count);
        await output.WriteLineAsync($"No problems: {count} prompts in {string.Join(", ", languages)}, each declared and playable.").ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    public static async Task<int> BuildAsync(
        PromptDirectory prompts,
        PromptBuildOptions options,
        ISpeechSynthesizer synthesizer,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Prompts: {prompts.Root}").ConfigureAwait(false);
        PromptBuildReport report;
        try
        {
            report = await new PromptBuilder(synthesizer).BuildAsync(prompts, options, new Printer(output, error), cancellationToken).ConfigureAwait(false);
        }
        catch (SynthesizerUnavailableException unavailable)
        {
            await error.WriteLineAsync(unavailable.Message).ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        foreach (var note in report.Notes)
        {
            await output.WriteLineAsync(note).ConfigureAwait(false);
        }
        foreach (var problem in report.Problems)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
        }
        await output.WriteLineAsync(
            $"{report.Count(PromptBuildOutcome.Built)} built, {report.Count(PromptBuildOutcome.Unchanged)} unchanged, {report.Count(PromptBuildOutcome.Failed)} failed.")
            .ConfigureAwait(false);
        return report.HasProblems ? ServerCommandLine.Failure : ServerCommandLine.Success;
    }

    private static PromptBuildOptions? ParseBuild(IReadOnlyList<string> flags)
    {
        var only = new HashSet<string>(StringComparer.Ordinal);
        var force = false;
        var readingNames = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case "--force":
                    force = true;
                    readingNames = false;
                    break;
                case "--only":
                    readingNames = true;
                    break;
                case var name when readingNames && !name.StartsWith('-'):
                    only.Add(name);
                    break;
                default:
                    return null;
            }
        }
        if (readingNames && only.Count == 0)
        {
            return null;
        }
        return new PromptBuildOptions { Force = force, Only = only.Count > 0 ? only : null };
    }

    private static PromptDirectory Folder(string[] configuration) =>
        PromptsFolder.Resolve(Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configuration, ContentRootPath = AppContext.BaseDirectory }).Configuration);

    // Prints each prompt as it is made, so a long build shows it is moving; unchanged ones are only counted.
    private sealed class Printer(TextWriter output, TextWriter error) : IProgress<PromptBuildStep>
    {
        public void Report(PromptBuildStep value)
        {
            switch (value.Outcome)
            {
                case PromptBuildOutcome.Built:
                    output.WriteLine($"  built  {value.Language}/{value.Name}");
                    break;
                case PromptBuildOutcome.Failed:
                    error.WriteLine($"  FAILED {value.Language}/{value.Name}: {value.Problem}");
                    break;
            }
        }
    }
}
