namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Lets the caller choose the language every later prompt is played in. Silence keeps the default; a caller
/// whose preferred language is known is not asked when <paramref name="SkipWhenKnown"/> is set.
/// </summary>
public sealed record LanguageNode(
    string Id,
    SourceLocation Location,
    IReadOnlyList<TimedPrompt> Items,
    IReadOnlyDictionary<char, string> Options,
    TimeSpan Timeout,
    string Default,
    bool SkipWhenKnown,
    FlowExit Next) : FlowNode(Id, Location)
{
    public override string Kind => "language";

    public override IReadOnlyList<FlowExit> Exits => [Next];

    public override IEnumerable<TimedPrompt> Prompts => Items;
}
