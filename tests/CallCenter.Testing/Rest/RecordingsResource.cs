using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Media;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/recordings: resource_recordings.c, over the recordings directory.</summary>
internal sealed class RecordingsResource
{
    private readonly Pbx _pbx;

    public RecordingsResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "recordings/stored", ListStored);
        router.Map("GET", "recordings/stored/{recordingName}", GetStored);
        router.Map("DELETE", "recordings/stored/{recordingName}", DeleteStored);
        router.Map("GET", "recordings/stored/{recordingName}/file", GetFile);
        router.Map("POST", "recordings/stored/{recordingName}/copy", CopyStored);
        router.Map("GET", "recordings/live/{recordingName}", GetLive);
        router.Map("DELETE", "recordings/live/{recordingName}", r => Operate(r, "cancel"));
        router.Map("POST", "recordings/live/{recordingName}/stop", r => Operate(r, "stop"));
        router.Map("POST", "recordings/live/{recordingName}/pause", r => Operate(r, "pause"));
        router.Map("DELETE", "recordings/live/{recordingName}/pause", r => Operate(r, "unpause"));
        router.Map("POST", "recordings/live/{recordingName}/mute", r => Operate(r, "mute"));
        router.Map("DELETE", "recordings/live/{recordingName}/mute", r => Operate(r, "unmute"));
    }

    private ValueTask<AriResult> ListStored(AriRequest request)
    {
        var stored = _pbx.Storage.List();
        return Done(AriResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var recording in stored)
            {
                AriJson.WriteStoredRecording(w, recording);
            }
            w.WriteEndArray();
        }));
    }

    private ValueTask<AriResult> GetStored(AriRequest request) =>
        Done(_pbx.Storage.Find(request.Path("recordingName")) is { } stored
            ? AriResult.Ok(w => AriJson.WriteStoredRecording(w, stored))
            : AriResult.Error(404, "Recording not found"));

    private ValueTask<AriResult> DeleteStored(AriRequest request)
    {
        if (_pbx.Storage.Find(request.Path("recordingName")) is not { } stored)
        {
            return Done(AriResult.Error(404, "Recording not found"));
        }
        try
        {
            File.Delete(stored.Path);
        }
        catch (IOException)
        {
            return Done(AriResult.Error(500, "Delete failed"));
        }
        return Done(AriResult.NoContent());
    }

    private async ValueTask<AriResult> GetFile(AriRequest request)
    {
        if (_pbx.Storage.Find(request.Path("recordingName")) is not { } stored)
        {
            return AriResult.Error(404, "Recording not found");
        }
        try
        {
            var bytes = await File.ReadAllBytesAsync(stored.Path, request.Aborted).ConfigureAwait(false);
            return AriResult.File(bytes, "audio/" + stored.Format);
        }
        catch (IOException)
        {
            return AriResult.Error(403, "Recording could not be opened");
        }
    }

    private ValueTask<AriResult> CopyStored(AriRequest request)
    {
        if (_pbx.Storage.Find(request.Path("recordingName")) is not { } source)
        {
            return Done(AriResult.Error(404, "Recording not found"));
        }
        var destination = request.Get("destinationRecordingName") ?? "";
        if (_pbx.Storage.Find(destination) is not null)
        {
            return Done(AriResult.Error(409, "A recording with the same name already exists on the system"));
        }
        if (_pbx.Storage.PathFor(destination, source.Format) is not { } path)
        {
            return Done(AriResult.Error(400, "Invalid destination recording name"));
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(source.Path, path);
        }
        catch (IOException)
        {
            return Done(AriResult.Error(500, "Copy failed"));
        }
        var copy = new StoredRecording(destination, source.Format, path);
        return Done(AriResult.Ok(w => AriJson.WriteStoredRecording(w, copy)));
    }

    private ValueTask<AriResult> GetLive(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            return Done(_pbx.LiveRecordings.TryGetValue(request.Path("recordingName"), out var recording)
                ? AriResult.Ok(w => AriJson.WriteLiveRecording(w, recording))
                : AriResult.Error(404, "Recording not found"));
        }
    }

    private ValueTask<AriResult> Operate(AriRequest request, string operation)
    {
        lock (_pbx.Sync)
        {
            if (!_pbx.LiveRecordings.TryGetValue(request.Path("recordingName"), out var recording))
            {
                return Done(AriResult.Error(404, "Recording not found"));
            }
            return Done(_pbx.Recorder.Operate(recording, operation) switch
            {
                RecordingOperationResult.Ok => AriResult.NoContent(),
                RecordingOperationResult.Failed => AriResult.Error(500, "Recording operation failed"),
                _ => AriResult.Error(409, "Recording not in session"),
            });
        }
    }

    private static ValueTask<AriResult> Done(AriResult result) => ValueTask.FromResult(result);
}
