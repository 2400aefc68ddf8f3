using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Media;

namespace CallCenter.Testing.Rest;

/// <summary>The checks resource_channels.c and resource_bridges.c run on a record request, in their order.</summary>
internal sealed record RecordingRequest(string Name, string Format, string IfExists, string TerminateOn)
{
    public static bool TryRead(Pbx pbx, AriRequest request, out RecordingRequest options, out AriResult? error)
    {
        options = null!;
        error = null;
        var terminateOn = (request.Get("terminateOn") ?? "none").ToLowerInvariant();
        if (terminateOn is not ("none" or "any" or "#" or "*"))
        {
            error = AriResult.Error(400, "terminateOn invalid");
            return false;
        }
        var ifExists = (request.Get("ifExists") ?? "fail").ToLowerInvariant();
        if (ifExists is not ("fail" or "overwrite" or "append"))
        {
            error = AriResult.Error(400, "ifExists invalid");
            return false;
        }
        var name = request.Get("name");
        var format = request.Get("format");
        if (format is not null && !RecordingStore.KnownFormats.Contains(format))
        {
            error = AriResult.Error(422, "specified format is unknown on this system");
            return false;
        }
        if (name is null || format is null)
        {
            error = AriResult.Error(500, "Error parsing request");
            return false;
        }
        if (pbx.Storage.PathFor(name, format) is null)
        {
            error = AriResult.Error(400, "Recording name invalid");
            return false;
        }
        if ((ifExists == "fail" && pbx.Storage.Find(name) is not null) || pbx.LiveRecordings.ContainsKey(name))
        {
            error = AriResult.Error(409, $"Recording '{name}' already exists and can not be overwritten");
            return false;
        }
        options = new RecordingRequest(name, format, ifExists, terminateOn);
        return true;
    }
}
