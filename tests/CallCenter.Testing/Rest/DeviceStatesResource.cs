using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/deviceStates: resource_device_states.c. "Stasis:" devices are the application's; PJSIP/* follow the endpoints.</summary>
internal sealed class DeviceStatesResource
{
    private readonly Pbx _pbx;

    public DeviceStatesResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "deviceStates", List);
        router.Map("GET", "deviceStates/{deviceName}", Get);
        router.Map("PUT", "deviceStates/{deviceName}", Update);
        router.Map("DELETE", "deviceStates/{deviceName}", Delete);
    }

    private ValueTask<AriResult> List(AriRequest request)
    {
        lock (_pbx.Sync)
        {
            var states = _pbx.DeviceStates.All.ToList();
            return Done(AriResult.Ok(w =>
            {
                w.WriteStartArray();
                foreach (var (name, state) in states)
                {
                    AriJson.WriteDeviceState(w, name, state);
                }
                w.WriteEndArray();
            }));
        }
    }

    private ValueTask<AriResult> Get(AriRequest request)
    {
        var name = request.Path("deviceName");
        lock (_pbx.Sync)
        {
            var state = StateOf(name);
            return Done(AriResult.Ok(w => AriJson.WriteDeviceState(w, name, state)));
        }
    }

    private ValueTask<AriResult> Update(AriRequest request)
    {
        var name = request.Path("deviceName");
        if (!DeviceStateStore.IsControlled(name))
        {
            return Done(AriResult.Error(409, "Uncontrolled device specified"));
        }
        if (name.Length <= "Stasis:".Length)
        {
            return Done(AriResult.Error(404, "Device name is missing"));
        }
        var state = request.Get("deviceState");
        if (state is null || !DeviceStateStore.ValidStates.Contains(state))
        {
            return Done(AriResult.Error(500, "Unknown device"));
        }
        lock (_pbx.Sync)
        {
            var changed = _pbx.DeviceStates.Find(name) != state;
            _pbx.DeviceStates.Set(name, state);
            if (changed)
            {
                _pbx.Events.Emit(EventScope.OfDevice(name), "DeviceStateChanged", w =>
                {
                    w.WritePropertyName("device_state");
                    AriJson.WriteDeviceState(w, name, state);
                });
            }
        }
        return Done(AriResult.NoContent());
    }

    private ValueTask<AriResult> Delete(AriRequest request)
    {
        var name = request.Path("deviceName");
        if (!DeviceStateStore.IsControlled(name))
        {
            return Done(AriResult.Error(409, "Uncontrolled device specified"));
        }
        if (name.Length <= "Stasis:".Length)
        {
            return Done(AriResult.Error(404, "Device name is missing"));
        }
        lock (_pbx.Sync)
        {
            if (_pbx.Apps.All.Any(a => a.IsSubscribed(StasisApplication.DeviceKey(name))))
            {
                return Done(AriResult.Error(500, "Cannot delete device with subscribers"));
            }
            _pbx.DeviceStates.Remove(name);
        }
        return Done(AriResult.NoContent());
    }

    private string StateOf(string name)
    {
        if (DeviceStateStore.IsControlled(name))
        {
            return _pbx.DeviceStates.Find(name) ?? "UNKNOWN";
        }
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !_pbx.HasTechnology(name[..slash]) || _pbx.FindEndpoint("PJSIP", name[(slash + 1)..]) is not { } endpoint)
        {
            return "INVALID";
        }
        if (!endpoint.IsReachable)
        {
            return "UNAVAILABLE";
        }
        if (endpoint.Channels.Exists(c => c.State == ChannelStates.Ringing))
        {
            return endpoint.Channels.Exists(c => c.IsUp) ? "RINGINUSE" : "RINGING";
        }
        return endpoint.Channels.Exists(c => c.IsUp) ? "INUSE" : "NOT_INUSE";
    }

    private static ValueTask<AriResult> Done(AriResult result) => ValueTask.FromResult(result);
}
