using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Rest;

/// <summary>The lookups resource_*.c share, with their exact error answers. Call with the PBX lock held.</summary>
internal static class AriLookups
{
    /// <summary>find_control: the channel must exist (404) and be in Stasis (409).</summary>
    public static bool TryFindControl(Pbx pbx, string id, out PbxChannel channel, out AriResult? error)
    {
        error = null;
        if (pbx.Channels.TryGetValue(id, out channel!) && channel.InStasis)
        {
            return true;
        }
        error = FindByName(pbx, id) is null
            ? AriResult.Error(404, "Channel not found")
            : AriResult.Error(409, "Channel not in Stasis application");
        return false;
    }

    /// <summary>channel_state_invalid: outbound channels not yet answered cannot be manipulated (412).</summary>
    public static bool StateInvalid(PbxChannel channel, out AriResult? error)
    {
        error = channel.State is ChannelStates.Down or ChannelStates.Ringing or "Reserved"
            ? AriResult.Error(412, "Channel in invalid state")
            : null;
        return error is not null;
    }

    /// <summary>ast_channel_get_by_name: a uniqueid or a channel name.</summary>
    public static PbxChannel? FindByName(Pbx pbx, string? idOrName)
    {
        if (string.IsNullOrEmpty(idOrName))
        {
            return null;
        }
        if (pbx.Channels.TryGetValue(idOrName, out var byId))
        {
            return byId;
        }
        return pbx.Channels.Values.FirstOrDefault(c => string.Equals(c.Name, idOrName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>find_bridge: 404 "Bridge not found".</summary>
    public static bool TryFindBridge(Pbx pbx, string id, out PbxBridge bridge, out AriResult? error)
    {
        error = null;
        if (pbx.Bridges.TryGetValue(id, out bridge!))
        {
            return true;
        }
        error = AriResult.Error(404, "Bridge not found");
        return false;
    }

    public static AriResult NotSimulated() => AriResult.Error(501, "Method not implemented: FakeAsterisk does not simulate this resource");
}
