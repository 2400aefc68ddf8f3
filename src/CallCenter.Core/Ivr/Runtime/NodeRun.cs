using CallCenter.Core.Calls;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// One visit of a call to one node: what the node does while the call is in it. Each handler returns the
/// trigger that leaves the node ("next", "key 1", "found"...) or null to stay.
/// </summary>
internal abstract class NodeRun(IvrCall call)
{
    protected IvrCall Call { get; } = call;

    /// <summary>Whether keys go to this node (menus, collects) rather than into the type-ahead buffer.</summary>
    public virtual bool TakesDigits => false;

    /// <summary>What was keyed here, as it may be written down (masked where it is a card number).</summary>
    public string? StepInput { get; protected set; }

    /// <summary>What a lookup found, for the call's step log; the trigger is used when this is null.</summary>
    public string? StepOutcome { get; protected set; }

    /// <summary>What a lookup found in words (the handler's summary), for the call's step log and the agent's screen.</summary>
    public string? StepDetail { get; protected set; }

    public abstract Task<string?> StartAsync();

    public virtual Task<string?> OnDigitAsync(char digit) => NoChange;

    public virtual Task<string?> OnPromptFinishedAsync(string playbackId) => NoChange;

    public virtual Task<string?> OnTimerAsync(string name) => NoChange;

    public virtual Task<string?> OnRecordingEndedAsync(RecordingEnded ended) => NoChange;

    /// <summary>Anything else the call is told while in this node: an agent leg's news, the call distributor's messages.</summary>
    public virtual Task<string?> OnInputAsync(CallInput input) => NoChange;

    /// <summary>The caller left while in this node.</summary>
    public virtual Task OnHangupAsync() => Task.CompletedTask;

    /// <summary>The call leaves the node: cancel what the node started.</summary>
    public virtual void Leave()
    {
    }

    protected static Task<string?> NoChange => Task.FromResult<string?>(null);

    protected static Task<string?> Go(string trigger) => Task.FromResult<string?>(trigger);
}
