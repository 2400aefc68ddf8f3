namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Plays prompts (each perhaps only between two dates), then goes on. Keys pressed meanwhile are kept.</summary>
public sealed record AnnounceNode(string Id, SourceLocation Location, IReadOnlyList<TimedPrompt> Items, FlowExit Next) : FlowNode(Id, Location)
{
    public override string Kind => "announce";

    public override IReadOnlyList<FlowExit> Exits => [Next];

    public override IEnumerable<TimedPrompt> Prompts => Items;
}
