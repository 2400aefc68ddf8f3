using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>Plays a last prompt, then ends the call; the call's end then arrives as any hangup does.</summary>
internal sealed class HangupRun(IvrCall call, HangupNode node) : NodeRun(call)
{
    private string? playback;

    public override async Task<string?> StartAsync()
    {
        playback = await Call.PlayAsync(Call.MediaFor(node.Items)).ConfigureAwait(false);
        if (playback is null)
        {
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
        }
        return null;
    }

    public override async Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (playbackId == playback)
        {
            playback = null;
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
        }
        return null;
    }
}
