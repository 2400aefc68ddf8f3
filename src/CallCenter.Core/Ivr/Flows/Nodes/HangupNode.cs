namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Plays its prompts (a goodbye), then ends the call.</summary>
public sealed record HangupNode(string Id, SourceLocation Location, IReadOnlyList<TimedPrompt> Items) : FlowNode(Id, Location)
{
    public override string Kind => "hangup";

    public override IReadOnlyList<FlowExit> Exits => [];

    public override IEnumerable<TimedPrompt> Prompts => Items;
}
