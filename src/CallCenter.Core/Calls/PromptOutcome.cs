namespace CallCenter.Core.Calls;

public enum PromptOutcome
{
    /// <summary>Played to the end, or stopped on purpose (barge-in).</summary>
    Done,

    /// <summary>Could not play: missing media, or the caller left while it played.</summary>
    Failed,
}
