namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Speaks prompts and call variables (numbers, digits, money, dates) in the caller's language.</summary>
public sealed record SayNode(string Id, SourceLocation Location, IReadOnlyList<SayItem> Items, FlowExit Next) : FlowNode(Id, Location)
{
    public override string Kind => "say";

    public override IReadOnlyList<FlowExit> Exits => [Next];

    public override IEnumerable<TimedPrompt> Prompts =>
        Items.Where(i => i.Kind == SayKind.Prompt).Select(i => new TimedPrompt(i.Value, null, null, i.Location));
}
