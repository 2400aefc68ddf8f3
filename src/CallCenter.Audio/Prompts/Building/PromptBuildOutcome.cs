namespace CallCenter.Audio.Prompts.Building;

public enum PromptBuildOutcome
{
    /// <summary>The WAV was made (again).</summary>
    Built,

    /// <summary>The WAV exists and nothing it is made from changed.</summary>
    Unchanged,

    /// <summary>The WAV could not be made; any earlier one is kept.</summary>
    Failed,
}
