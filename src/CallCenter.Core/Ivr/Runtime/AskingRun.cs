using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// What menus and collects share: play the question (a key stops it and everything queued after it), then
/// wait; after a wrong entry or silence, say so and ask again, until the attempts run out and the fallback
/// is taken.
/// </summary>
internal abstract class AskingRun(IvrCall call, IReadOnlyList<TimedPrompt> question, InputRetries retries) : NodeRun(call)
{
    private string? playback;
    private (string Name, IDisposable Timer)? wait;
    private int attempt = 1;

    public override bool TakesDigits => true;

    protected bool IsAsking => playback is not null;

    public override Task<string?> StartAsync() => AskAsync(null);

    public override async Task<string?> OnDigitAsync(char digit)
    {
        if (playback is not null)
        {
            playback = null;
            await Call.StopPromptsAsync().ConfigureAwait(false);
        }
        CancelWait();
        return await KeyAsync(digit).ConfigureAwait(false);
    }

    public override Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (playbackId == playback)
        {
            playback = null;
            StartWait(WaitAfterQuestion, "no-key");
        }
        return NoChange;
    }

    public override Task<string?> OnTimerAsync(string name) =>
        wait?.Name == name ? TimedOutAsync(name) : NoChange;

    public override void Leave() => CancelWait();

    /// <summary>How long to wait for the first key once the question has been asked.</summary>
    protected abstract TimeSpan WaitAfterQuestion { get; }

    protected abstract Task<string?> KeyAsync(char digit);

    /// <summary>The wait ran out: by default the caller said nothing.</summary>
    protected virtual Task<string?> TimedOutAsync(string name) => RetryAsync(retries.TimeoutPrompt, "no input");

    protected void StartWait(TimeSpan delay, string purpose)
    {
        CancelWait();
        wait = Call.StartTimer(delay, purpose);
    }

    protected bool IsWaiting(string name, string purpose) => name == wait?.Name && name.Contains(":" + purpose + ":", StringComparison.Ordinal);

    protected void CancelWait()
    {
        wait?.Timer.Dispose();
        wait = null;
    }

    /// <summary>Asks (again): keys already typed ahead answer at once, without the question.</summary>
    protected async Task<string?> AskAsync(TimedPrompt? before)
    {
        if (Call.TypeAhead.Count > 0)
        {
            string? outcome = null;
            while (outcome is null && Call.TypeAhead.TryDequeue(out var digit) && Call.CurrentNode is not null)
            {
                outcome = await KeyAsync(digit).ConfigureAwait(false);
            }
            if (outcome is not null || IsAsking || wait is not null)
            {
                return outcome;
            }
        }
        playback = await Call.PlayAsync(Call.MediaFor([before, .. question])).ConfigureAwait(false);
        if (playback is null)
        {
            StartWait(WaitAfterQuestion, "no-key");
        }
        return null;
    }

    protected async Task<string?> RetryAsync(TimedPrompt? explanation, string failure)
    {
        CancelWait();
        if (attempt >= retries.Attempts)
        {
            StepOutcome = $"{failure}, {attempt} attempts: fallback";
            return "fallback";
        }
        attempt++;
        return await AskAsync(explanation).ConfigureAwait(false);
    }

    protected TimedPrompt? InvalidPrompt => retries.InvalidPrompt;
}
