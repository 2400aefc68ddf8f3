namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Hands the caller to the call distributor's queue. Until the distributor exists, the caller hears the
/// prompts and goes to the fallback (the complaint voicemail in the hotline flow).
/// </summary>
public sealed record QueueNode(string Id, SourceLocation Location, string Queue, IReadOnlyList<TimedPrompt> Items, FlowExit Fallback) : FlowNode(Id, Location)
{
    public override string Kind => "queue";

    public override IReadOnlyList<FlowExit> Exits => [Fallback];

    public override IEnumerable<TimedPrompt> Prompts => Items;
}
