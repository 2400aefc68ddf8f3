namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Runs a named handler (a data dip) and branches on what it found.</summary>
public sealed record LookupNode(string Id, SourceLocation Location, string Handler, FlowExit Found, FlowExit NotFound, FlowExit Error) : FlowNode(Id, Location)
{
    public override string Kind => "lookup";

    public override IReadOnlyList<FlowExit> Exits => [Found, NotFound, Error];
}
