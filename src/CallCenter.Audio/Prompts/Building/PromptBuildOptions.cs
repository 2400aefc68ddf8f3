namespace CallCenter.Audio.Prompts.Building;

public sealed record PromptBuildOptions
{
    /// <summary>Build only these prompt names, in every language that declares them; all when null.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>Make the WAVs again even when nothing they are made from changed.</summary>
    public bool Force { get; init; }
}
