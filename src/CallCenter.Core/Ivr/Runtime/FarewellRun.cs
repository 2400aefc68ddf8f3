using CallCenter.Core.Calls;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>The server is shutting down: whatever the caller was doing, they hear goodbye, then the call ends.</summary>
internal sealed class FarewellRun(IvrCall call) : NodeRun(call)
{
    private string? playback;

    public override bool TakesDigits => true;

    public override async Task<string?> StartAsync()
    {
        await Call.StopPromptsAsync().ConfigureAwait(false);
        playback = await Call.PlayAsync(["sound:" + Call.Services.GoodbyePrompt]).ConfigureAwait(false);
        return null;
    }

    public override async Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (playbackId == playback)
        {
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
        }
        return null;
    }
}
