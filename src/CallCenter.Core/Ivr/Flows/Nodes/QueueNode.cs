namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>
/// Hands the caller to the call distributor's queue. While nobody could answer (no agent logged in who can take
/// the queue's calls, or no distributor), the caller hears <see cref="Items"/> and goes to <see cref="Fallback"/>.
/// Otherwise they hold with music, hear <see cref="HoldPrompt"/> (and <see cref="OptionsPrompt"/> when they may
/// leave a message or be called back instead), their place and wait now and then, until an agent answers. Pressing 1,
/// or waiting the queue's maximum, takes <see cref="Voicemail"/>; pressing 2 (or the maximum wait of a queue that
/// overflows to a callback) plays <see cref="CallbackConfirmedPrompt"/> and ends the call, the caller keeping their
/// place to be called back. A caller who can be called back hears <see cref="CallbackOptionsPrompt"/> (1 and 2)
/// instead of <see cref="OptionsPrompt"/> (1 only). After the agent hangs up the call takes <see cref="Next"/>, or
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
    TimedPrompt? OptionsPrompt,
    TimedPrompt? CallbackOptionsPrompt = null) : FlowNode(Id, Location)
{
    /// <summary>The prompts a waiting caller's place and wait are said with, in every language (numbers come from speech).</summary>
    public static readonly IReadOnlyList<string> AnnouncementPrompts =
    [
        "queue-next", "queue-position-is", "queue-position-end", "queue-wait-is", "queue-wait-minutes", "queue-wait-one-minute", "queue-wait-long",
    ];

    /// <summary>Said to a caller who will be called back, just before the call ends.</summary>
    public const string CallbackConfirmedPrompt = "callback-confirmed";

    public override string Kind => "queue";

    public override IReadOnlyList<FlowExit> Exits => Next is null ? [Fallback, Voicemail] : [Fallback, Voicemail, Next];

    public override IEnumerable<TimedPrompt> Prompts =>
        [.. Items, HoldPrompt, .. OptionsPrompt is null ? Array.Empty<TimedPrompt>() : [OptionsPrompt, .. CallbackOptionsPrompt is null ? Array.Empty<TimedPrompt>() : [CallbackOptionsPrompt], new TimedPrompt(CallbackConfirmedPrompt, null, null, Location)], .. AnnouncementPrompts.Select(p => new TimedPrompt(p, null, null, Location))];
}
