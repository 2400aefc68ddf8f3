using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Media;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/playbacks: resource_playbacks.c.</summary>
internal sealed class PlaybacksResource
{
    private readonly Pbx _pbx;

    public PlaybacksResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "playbacks/{playbackId}", Get);
        router.Map("DELETE", "playbacks/{playbackId}", Stop);
        router.Map("POST", "playbacks/{playbackId}/control", Control);
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            return ValueTask.FromResult(_pbx.Playbacks.TryGetValue(request.Path("playbackId"), out var playback)
                ? AriResult.Ok(w => AriJson.WritePlayback(w, playback))
                : AriResult.Error(404, "Playback not found"));
        }
    }

    private ValueTask<AriResult> Stop(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            if (!_pbx.Playbacks.TryGetValue(request.Path("playbackId"), out var playback))
            {
                return ValueTask.FromResult(AriResult.Error(404, "Playback not found"));
            }
            return ValueTask.FromResult(_pbx.Playback.Stop(playback) == PlaybackOperationResult.Ok
                ? AriResult.NoContent()
                : AriResult.Error(500, "Could not stop playback"));
        }
    }

    private ValueTask<AriResult> Control(AriRequest request)
    {
        if (!request.Has("operation"))
        {
            return ValueTask.FromResult(AriResult.Error(400, "Missing operation"));
        }
        var operation = request.Get("operation") ?? "";
        if (operation is not ("unpause" or "pause" or "restart" or "reverse" or "forward"))
        {
            return ValueTask.FromResult(AriResult.Error(400, $"Invalid operation {operation}"));
        }
        lock (_pbx.Sync)
        {
            if (!_pbx.Playbacks.TryGetValue(request.Path("playbackId"), out var playback))
            {
                return ValueTask.FromResult(AriResult.Error(404, "Playback not found"));
            }
            return ValueTask.FromResult(_pbx.Playback.Control(playback, operation) switch
            {
                PlaybackOperationResult.Ok => AriResult.NoContent(),
                PlaybackOperationResult.Failed => AriResult.Error(500, $"Could not {operation} playback"),
                _ => AriResult.Error(409, $"Can only {operation} while media is playing"),
            });
        }
    }
}
