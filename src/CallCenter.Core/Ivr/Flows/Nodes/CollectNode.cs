namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Collects a number (card, order, product code, quantity) into a call variable: ends on the terminator, on
/// the maximum length, or after the inter-digit timeout once the minimum is reached; checks it, retries.
/// </summary>
public sealed record CollectNode(
    string Id,
    SourceLocation Location,
    IReadOnlyList<TimedPrompt> Items,
    string Into,
    int MinDigits,
    int MaxDigits,
    char? Terminator,
    TimeSpan FirstDigitTimeout,
    TimeSpan InterDigitTimeout,
    DigitValidator Validator,
    bool Mask,
    InputRetries Retries,
    FlowExit Next) : FlowNode(Id, Location)
{
    public override string Kind => "collect";

    public override IReadOnlyList<FlowExit> Exits => [Next, Retries.Fallback];

    public override IEnumerable<TimedPrompt> Prompts =>
        Items.Concat(new[] { Retries.InvalidPrompt, Retries.TimeoutPrompt }.OfType<TimedPrompt>());
}
