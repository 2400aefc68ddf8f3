namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Branches on the weekly schedule and holidays, in the flow's time zone.</summary>
public sealed record HoursNode(string Id, SourceLocation Location, WeeklySchedule Schedule, FlowExit Open, FlowExit Closed) : FlowNode(Id, Location)
{
    public override string Kind => "hours";

    public override IReadOnlyList<FlowExit> Exits => [Open, Closed];
}
