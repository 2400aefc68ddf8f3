namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Hands the caller to the call distributor's queue. While nobody could answer (no agent logged in who can take
/// the queue's calls, or no distributor), the caller hears <see cref="Items"/> and goes to <see cref="Fallback"/>.
/// Otherwise they hold with music, hear <see cref="HoldPrompt"/> (and <see cref="OptionsPrompt"/> when they may
/// leave a message instead), their place and wait now and then, until an agent answers. Pressing 1, or waiting the
/// queue's maximum, takes <see cref="Voicemail"/>. After the agent hangs up the call takes <see cref="Next"/>, or
/// ends when there is none.
/// </summary>
public sealed record QueueNode(
    string Id,
    SourceLocation Location,
    string Queue,
    IReadOnlyList<TimedPrompt> Items,
    FlowExit Fallback,
    FlowExit Voicemail,
    FlowExit? Next,
    TimedPrompt HoldPrompt,
    TimedPrompt? OptionsPrompt) : FlowNode(Id, Location)
{
    /// <summary>The prompts a waiting caller's place and wait are said with, in every language (numbers come from speech).</summary>
    public static readonly IReadOnlyList<string> AnnouncementPrompts =
    [
        "queue-next", "queue-position-is", "queue-position-end", "queue-wait-is", "queue-wait-minutes", "queue-wait-one-minute", "queue-wait-long",
    ];

    public override string Kind => "queue";

    public override IReadOnlyList<FlowExit> Exits => Next is null ? [Fallback, Voicemail] : [Fallback, Voicemail, Next];

    public override IEnumerable<TimedPrompt> Prompts =>
        [.. Items, HoldPrompt, .. OptionsPrompt is null ? Array.Empty<TimedPrompt>() : [OptionsPrompt], .. AnnouncementPrompts.Select(p => new TimedPrompt(p, null, null, Location))];
}
