using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Speech;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>What every IVR call shares: where it writes its record, the handlers it may run, how it speaks, its clock.</summary>
public sealed record IvrServices(
    ICallJournal Journal,
    IReadOnlyDictionary<string, IIvrHandler> Handlers,
    ISpeech Speech,
    TimeProvider Time,
    ILoggerFactory Loggers)
{
    /// <summary>Node entries allowed without anything from the caller before the call is judged stuck in a loop.</summary>
    public int MaxStepsWithoutInput { get; init; } = 200;

    /// <summary>
    /// The prompts that exist, to leave out a prompt named by data (a promotion's) that has no recording, rather
    /// than play a failure. Null plays every name as it comes.
    /// </summary>
    public Flows.IPromptCatalog? Prompts { get; init; }

    /// <summary>Where queue nodes send callers to wait for an agent; null: no distributor, every queue node takes its fallback.</summary>
    public ICallDistributor? Distributor { get; init; }

    /// <summary>Who calls back a waiting caller who asked for it (queue node, key 2); null: no callbacks are offered.</summary>
    public ICallbackDialer? Callbacks { get; init; }

    /// <summary>The prompt a caller hears when the server shuts down mid-call.</summary>
    public string GoodbyePrompt { get; init; } = "goodbye";
}
