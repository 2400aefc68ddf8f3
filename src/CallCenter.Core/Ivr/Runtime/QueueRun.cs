using CallCenter.Core.Ivr.Flows.Nodes;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// Until the call distributor exists, a caller asking for an agent is told so and goes to the node's fallback
/// (the hotline sends them to leave a message). The call record keeps the queue they asked for.
/// </summary>
internal sealed class QueueRun(IvrCall call, QueueNode node) : NodeRun(call)
{
    private string? playback;

    public override async Task<string?> StartAsync()
    {
        Call.Note(r => r with { Queue = node.Queue, EnqueuedAt = Call.Services.Time.GetUtcNow() });
        Call.Logger.LogInformation("Caller asked for queue {Queue}: no agents are taken yet, going on to {Fallback}", node.Queue, node.Fallback.Target);
        playback = await Call.PlayAsync(Call.MediaFor(node.Items)).ConfigureAwait(false);
        return playback is null ? "fallback" : null;
    }

    public override Task<string?> OnPromptFinishedAsync(string playbackId) =>
        playbackId == playback ? Go("fallback") : NoChange;
}
