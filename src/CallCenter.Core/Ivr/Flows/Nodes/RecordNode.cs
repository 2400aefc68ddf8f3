namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Records a voice message after a beep, ended by the finish key or the maximum length; with review, the caller
/// then presses 1 to keep it or 2 to record it again. The recording's name goes into a call variable. A message
/// shorter than <paramref name="MinLength"/> — a caller who hung up at the beep — is not a message.
/// </summary>
public sealed record RecordNode(
    string Id,
    SourceLocation Location,
    IReadOnlyList<TimedPrompt> Items,
    TimeSpan MaxLength,
    TimeSpan MinLength,
    char? FinishKey,
    bool Beep,
    TimedPrompt? ReviewPrompt,
    TimeSpan ReviewTimeout,
    int MaxRecordings,
    string Into,
    FlowExit Next,
    FlowExit Fallback) : FlowNode(Id, Location)
{
    public override string Kind => "record";

    public override IReadOnlyList<FlowExit> Exits => [Next, Fallback];

    public override IEnumerable<TimedPrompt> Prompts => ReviewPrompt is null ? Items : [.. Items, ReviewPrompt];
}
