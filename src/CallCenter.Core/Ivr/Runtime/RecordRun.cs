using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Flows.Nodes;
using CallCenter.Core.Records;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// Records a message after the node's prompt (and a beep); with review, the caller then keeps it (1, or
/// silence) or records it again (2). A caller who hangs up with a message recorded keeps it: the flow goes on
/// without them through its lookup nodes, so the ticket is still opened.
/// </summary>
internal sealed class RecordRun(IvrCall call, RecordNode node) : NodeRun(call)
{
    private string? playback;
    private string? recording;
    private string? kept;
    private bool reviewing;
    private int recordings;
    private DateTimeOffset recordingSince;
    private (string Name, IDisposable Timer)? wait;

    public override bool TakesDigits => true;

    public override async Task<string?> StartAsync()
    {
        playback = await Call.PlayAsync(Call.MediaFor(node.Items)).ConfigureAwait(false);
        if (playback is null)
        {
            await RecordAsync().ConfigureAwait(false);
        }
        return null;
    }

    public override async Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (playbackId != playback)
        {
            return null;
        }
        playback = null;
        if (reviewing)
        {
            wait = Call.StartTimer(node.ReviewTimeout, "review");
            return null;
        }
        await RecordAsync().ConfigureAwait(false);
        return null;
    }

    public override async Task<string?> OnRecordingEndedAsync(RecordingEnded ended)
    {
        if (ended.Name != recording)
        {
            return null;
        }
        recording = null;
        if (ended.Outcome == RecordingOutcome.Failed || ended.Duration < node.MinLength)
        {
            StepOutcome = "nothing recorded";
            await Call.Channel.DeleteRecordingAsync(ended.Name, Call.Token).ConfigureAwait(false);
            return "fallback";
        }
        kept = ended.Name;
        if (node.ReviewPrompt is null)
        {
            return Keep();
        }
        reviewing = true;
        playback = await Call.PlayAsync(Call.MediaFor([node.ReviewPrompt])).ConfigureAwait(false);
        return playback is null ? Keep() : null;
    }

    public override async Task<string?> OnDigitAsync(char digit)
    {
        if (!reviewing)
        {
            // The finish key ends the recording in Asterisk itself; keys while recording are not choices.
            return null;
        }
        if (playback is not null)
        {
            playback = null;
            await Call.StopPromptsAsync().ConfigureAwait(false);
        }
        wait?.Timer.Dispose();
        if (digit == '2' && recordings < node.MaxRecordings && kept is not null)
        {
            await Call.Channel.DeleteRecordingAsync(kept, Call.Token).ConfigureAwait(false);
            kept = null;
            reviewing = false;
            await RecordAsync().ConfigureAwait(false);
            return null;
        }
        return Keep();
    }

    public override Task<string?> OnTimerAsync(string name) =>
        name == wait?.Name ? Task.FromResult<string?>(Keep()) : NoChange;

    public override async Task OnHangupAsync()
    {
        // A recording still running when the caller hangs up is kept only if it has had time to hold a message:
        // Asterisk reports its length after the call is gone.
        var message = kept ?? (recording is not null && Call.Services.Time.GetUtcNow() - recordingSince >= node.MinLength ? recording : null);
        if (message is null)
        {
            if (recording is not null)
            {
                StepOutcome = "hung up before speaking";
                await Call.Channel.DeleteRecordingAsync(recording, Call.Token).ConfigureAwait(false);
            }
            return;
        }
        Keep(message);
        await Call.ContinueWithoutCallerAsync(node.Next.Target).ConfigureAwait(false);
    }

    public override void Leave() => wait?.Timer.Dispose();

    private async Task RecordAsync()
    {
        recordings++;
        recordingSince = Call.Services.Time.GetUtcNow();
        recording = await Call.Channel.RecordAsync(new RecordingRequest(node.MaxLength, node.FinishKey, node.Beep), Call.Token).ConfigureAwait(false);
    }

    private string Keep(string? name = null)
    {
        Call.Variables[node.Into] = name ?? kept!;
        Call.Note(r => r with { Outcome = CallOutcome.Voicemail });
        StepOutcome = "message kept";
        return "next";
    }
}
