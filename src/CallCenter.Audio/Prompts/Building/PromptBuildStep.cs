namespace CallCenter.Audio.Prompts.Building;

/// <summary>What happened to one prompt of one language.</summary>
/// <param name="Path">The WAV's path.</param>
/// <param name="Problem">Why it failed; null otherwise.</param>
public sealed record PromptBuildStep(string Language, string Name, string Path, PromptBuildOutcome Outcome, string? Problem = null);
