namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>Asks for one key and goes where that key leads; wrong keys and silence are retried, then the fallback.</summary>
public sealed record MenuNode(
    string Id,
    SourceLocation Location,
    IReadOnlyList<TimedPrompt> Items,
    IReadOnlyDictionary<char, FlowExit> Options,
    TimeSpan Timeout,
    InputRetries Retries) : FlowNode(Id, Location)
{
    public override string Kind => "menu";

    public override IReadOnlyList<FlowExit> Exits => [.. Options.Values, Retries.Fallback];

    public override IEnumerable<TimedPrompt> Prompts =>
        Items.Concat(new[] { Retries.InvalidPrompt, Retries.TimeoutPrompt }.OfType<TimedPrompt>());
}
