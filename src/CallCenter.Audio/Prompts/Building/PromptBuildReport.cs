namespace CallCenter.Audio.Prompts.Building;

/// <param name="Steps">One per prompt considered, language by language in manifest order.</param>
/// <param name="Problems">What stopped a language or the whole build: an unreadable manifest, an unknown name asked for.</param>
/// <param name="Notes">What the build worked around, such as an unreadable build stamp.</param>
public sealed record PromptBuildReport(IReadOnlyList<PromptBuildStep> Steps, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    public int Count(PromptBuildOutcome outcome) => Steps.Count(s => s.Outcome == outcome);

    /// <summary>Whether anything failed or was not attempted.</summary>
    public bool HasProblems => Problems.Count > 0 || Steps.Any(s => s.Outcome == PromptBuildOutcome.Failed);
}
