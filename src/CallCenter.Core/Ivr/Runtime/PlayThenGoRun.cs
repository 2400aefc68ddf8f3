namespace CallCenter.Core.Ivr.Runtime;

/// <summary>Announce and say nodes: play, then go on. Keys pressed meanwhile wait in the type-ahead buffer.</summary>
internal sealed class PlayThenGoRun(IvrCall call, IReadOnlyList<string> media) : NodeRun(call)
{
    private string? playback;

    public override async Task<string?> StartAsync()
    {
        playback = await Call.PlayAsync(media).ConfigureAwait(false);
        return playback is null ? "next" : null;
    }

    public override Task<string?> OnPromptFinishedAsync(string playbackId) =>
        playbackId == playback ? Go("next") : NoChange;
}
