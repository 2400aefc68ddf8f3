namespace CallCenter.Core.Ivr.Flows.Nodes;

public sealed record GotoNode(string Id, SourceLocation Location, FlowExit Target) : FlowNode(Id, Location)
{
    public override string Kind => "goto";

    public override IReadOnlyList<FlowExit> Exits => [Target];
}
