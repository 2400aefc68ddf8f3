namespace CallCenter.Core.Calls;

public static class AgentLegFailures
{
    /// <summary>Why an offer was missed, in the words agent state changes are journaled with.</summary>
    public static string InWords(this AgentLegFailure reason) => reason switch
    {
        AgentLegFailure.Busy => "busy",
        AgentLegFailure.NoAnswer => "no answer",
        AgentLegFailure.Unreachable => "unreachable",
        _ => "failed",
    };
}
