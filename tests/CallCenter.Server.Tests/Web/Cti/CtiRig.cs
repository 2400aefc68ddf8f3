using CallCenter.Server.Tests.Ivr.EndToEnd;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>Rig settings that let API keys in, as an admin would configure them.</summary>
internal static class CtiRig
{
    public static Dictionary<string, string?> KeySettings(params (string Name, string Hash)[] keys)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var ((name, hash), index) in keys.Select((k, i) => (k, i)))
        {
            settings[$"Cti:ApiKeys:{index}:Name"] = name;
            settings[$"Cti:ApiKeys:{index}:Hash"] = hash;
        }
        return settings;
    }

    public static Task<HotlineRig> StartAsync(params (string Name, string Hash)[] keys) =>
        HotlineRig.StartAsync(new HotlineRigOptions { Settings = KeySettings(keys) });
}
